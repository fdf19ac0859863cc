import type { Drill } from "@crm/domain";

import { toSearchParams } from "./project-list-params";

const query = (entries: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
};

/** The address of the list a cockpit figure drills down to, with the figure's filter in the URL. */
export function drillHref(drill: Drill): string {
  switch (drill.list) {
    case "projects": {
      const p = toSearchParams({ ...drill.filter, sort: "updatedAt", dir: "desc" }).toString();
      return `/projects${p ? `?${p}` : ""}`;
    }
    case "tasks":
      return `/work/board${query({ unit: drill.filter.unitId, overdue: drill.filter.overdue ? "1" : undefined, zone: drill.filter.zoneId, chain: drill.filter.chainId })}`;
    case "approvals":
      return `/approvals${query({
        status: drill.filter.status,
        dept: drill.filter.departmentId,
        dfrom: drill.filter.decidedFrom,
        dto: drill.filter.decidedTo,
        zone: drill.filter.zoneId,
        chain: drill.filter.chainId,
      })}`;
    case "requests":
      return `/requests${query({ status: drill.filter.status, zone: drill.filter.zoneId, chain: drill.filter.chainId })}`;
    case "enterprises":
      return `/enterprises${query({ afrom: drill.filter.aboveScaleFrom, ato: drill.filter.aboveScaleTo, zone: drill.filter.zoneId, chain: drill.filter.chainId, q: drill.filter.q })}`;
  }
}
