import { ProjectFilter, ProjectListInput, STAGES, type Stage } from "@crm/domain";
import type { z } from "zod";

/** The project list's state as it lives in the URL: short keys, comma lists. */
export type ListState = ProjectFilter & Pick<z.output<typeof ProjectListInput>, "sort" | "dir">;

const list = (v: string | null | undefined) => (v ? v.split(",").filter(Boolean) : undefined);

/** Reads the URL; anything malformed is dropped rather than refused, so an old link still opens. */
export function parseListState(params: Record<string, string | string[] | undefined>): ListState {
  const get = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const raw = {
    stages: list(get("stage"))?.filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
    zoneIds: list(get("zone")),
    chainIds: get("chain") === "none" ? undefined : list(get("chain")),
    tags: list(get("tag")),
    amountMin: get("min"),
    amountMax: get("max"),
    signedFrom: get("from"),
    signedTo: get("to"),
    registeredFrom: get("rfrom"),
    registeredTo: get("rto"),
    fundsFrom: get("ffrom"),
    fundsTo: get("fto"),
    yearEnd: get("ye") ? Number(get("ye")) : undefined,
    withoutChain: get("chain") === "none" ? true : undefined,
    q: get("q"),
  };
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const field = ProjectFilter.shape[key as keyof typeof ProjectFilter.shape];
    const parsed = field.safeParse(value);
    if (parsed.success) filter[key] = parsed.data;
  }
  const sort = ProjectListInput.shape.sort.safeParse(get("sort"));
  const dir = ProjectListInput.shape.dir.safeParse(get("dir"));
  return {
    ...(filter as ProjectFilter),
    sort: sort.success ? sort.data : "updatedAt",
    dir: dir.success ? dir.data : "desc",
  };
}

export function toSearchParams(state: ListState): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | string[] | undefined) => {
    const text = Array.isArray(v) ? v.join(",") : v;
    if (text) p.set(k, text);
  };
  set("q", state.q);
  set("stage", state.stages);
  set("zone", state.zoneIds);
  set("chain", state.withoutChain ? "none" : state.chainIds);
  set("tag", state.tags);
  set("min", state.amountMin);
  set("max", state.amountMax);
  set("from", state.signedFrom);
  set("to", state.signedTo);
  set("rfrom", state.registeredFrom);
  set("rto", state.registeredTo);
  set("ffrom", state.fundsFrom);
  set("fto", state.fundsTo);
  set("ye", state.yearEnd?.toString());
  if (state.sort !== "updatedAt" || state.dir !== "desc") {
    p.set("sort", state.sort);
    p.set("dir", state.dir);
  }
  return p;
}
