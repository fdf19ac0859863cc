import { PROJECT_COLUMNS, PROJECT_TAG_LABELS, STAGE_LABELS, type ProjectSheetRow } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { listProjects } from "../project/list";
import { writeSheet } from "./sheet";

/** The filtered list as sheet rows (what the export writes), every page of it. */
export async function projectSheetRows(
  ctx: AuthedContext,
  filter: Parameters<typeof listProjects>[1],
): Promise<ProjectSheetRow[]> {
  const out: ProjectSheetRow[] = [];
  let cursor = filter.cursor;
  for (;;) {
    const page = await listProjects(ctx, { ...filter, limit: 200, cursor });
    for (const p of page.items) {
      out.push({
        name: p.name,
        enterpriseName: p.enterpriseName ?? "",
        creditCode: p.creditCode ?? "",
        zone: p.zoneName,
        chain: p.chainName ?? "",
        stage: STAGE_LABELS[p.stage],
        plannedAmount: p.plannedAmount ?? "",
        signedAmount: p.signedAmount ?? "",
        signedOn: p.signedOn ?? "",
        registeredOn: p.registeredOn ?? "",
        tags: p.tags.map((t) => PROJECT_TAG_LABELS[t]).join("、"),
      });
    }
    if (!page.nextCursor || out.length >= 50_000) return out;
    cursor = page.nextCursor;
  }
}

/** The filtered list (every page of it) as .xlsx. */
export async function exportProjects(
  ctx: AuthedContext,
  filter: Omit<Parameters<typeof listProjects>[1], "cursor" | "limit">,
) {
  return writeSheet("项目清单", PROJECT_COLUMNS, await projectSheetRows(ctx, { ...filter, limit: 200 }));
}
