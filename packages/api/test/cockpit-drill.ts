import { stageDrill, STAGES, zoneYearDrills, type Drill } from "@crm/domain";

import type { RouterOutputs } from "../src";
import type { as } from "./helpers";

type Caller = Awaited<ReturnType<typeof as>>;

/** A figure found on the cockpit: where it sits, its value, and (for amounts) the amount it shows. */
export interface FoundFigure {
  path: string;
  value: number;
  amountWan?: string;
  drill: Drill;
}

/** Every `{ value, drill }` in the cockpit's data, however deep, with a drill-down. */
export function figuresIn(node: unknown, path = "cockpit"): FoundFigure[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => figuresIn(n, `${path}[${i}]`));
  if (!node || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const own =
    typeof o.value === "number" && o.drill
      ? [{ path, value: o.value, amountWan: o.amountWan as string | undefined, drill: o.drill as Drill }]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => (k === "drill" ? [] : figuresIn(v, `${path}.${k}`)))];
}

/**
 * The figures whose drill-downs the page builds from the cockpit's frame (the zones' stage cells and
 * the ranking's numbers), with the same builders the page uses.
 */
export function builtInThePage(c: RouterOutputs["cockpit"]["overview"]): FoundFigure[] {
  const cells = c.byZone.flatMap((z) =>
    STAGES.map((stage) => ({
      path: `byZone.${z.name}.${stage}`,
      value: z.counts[stage],
      drill: stageDrill(c.frame, stage, z.zoneId),
    })),
  );
  const ranking = c.ranking
    .filter((r) => r.drillable)
    .flatMap((r) => {
      const d = zoneYearDrills(c.frame, r.zoneId);
      return [
        { path: `ranking.${r.name}.signed`, value: r.signed.value, amountWan: r.signed.amountWan, drill: d.signed },
        { path: `ranking.${r.name}.landed`, value: r.landed.value, drill: d.landed },
      ];
    });
  return [...cells, ...ranking];
}

/** What the drill-down's list shows for the figure: its row count and, where it shows one, its total. */
export async function listedFor(caller: Caller, drill: Drill): Promise<{ count: number; amountWan?: string }> {
  switch (drill.list) {
    case "projects": {
      const [s, page] = await Promise.all([
        caller.project.summary(drill.filter),
        caller.project.list({ ...drill.filter, limit: 200 }),
      ]);
      // The list's rows and the total above it agree (a page of 200 holds every demo figure's rows).
      if (!page.nextCursor && page.items.length !== s.count)
        throw new Error(`list shows ${page.items.length} rows under a total of ${s.count}`);
      const amountWan = drill.filter.fundsFrom ? s.fundsWan! : drill.filter.signedFrom ? s.signedWan : undefined;
      return { count: s.count, amountWan };
    }
    case "tasks": {
      const units = await caller.task.board(drill.filter);
      return { count: units.reduce((n, u) => n + u.tasks.length, 0) };
    }
    case "approvals":
      return { count: (await caller.approval.queue(drill.filter)).length };
    case "requests":
      return { count: (await caller.request.list(drill.filter)).length };
    case "enterprises":
      return { count: (await caller.enterprise.list(drill.filter)).length };
  }
}
