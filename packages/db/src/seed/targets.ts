import type { Executor } from "../client";
import * as s from "../schema";

/**
 * Demo 年度目标: the district's (kept on the bureau) and each zone's, 2024 to 2026. The 2024
 * district figures sit just under what the year brought (64亿元 signed, 35 new 四上), as a
 * district sets them in its January plan.
 */
const DISTRICT = {
  2024: { signedAmount: "600000.00", landedProjects: 18, fortune500Projects: 1, newAboveScale: 30 },
  2025: { signedAmount: "650000.00", landedProjects: 20, fortune500Projects: 2, newAboveScale: 32 },
  2026: { signedAmount: "700000.00", landedProjects: 22, fortune500Projects: 2, newAboveScale: 35 },
} as const;

/** Each zone's share of the district's targets, in percent. */
const ZONE_SHARE = { park: 40, street: 15, commerce: 20, scenic: 10, area: 15 } as const;

export async function insertTargets(db: Executor, units: Map<string, string>) {
  const rows = Object.entries(DISTRICT).flatMap(([year, t]) => [
    { year: Number(year), unitId: units.get("bureau")!, ...t },
    ...Object.entries(ZONE_SHARE).map(([code, share]) => ({
      year: Number(year),
      unitId: units.get(code)!,
      signedAmount: ((Number(t.signedAmount) * share) / 100).toFixed(2),
      landedProjects: Math.round((t.landedProjects * share) / 100),
      fortune500Projects: null,
      newAboveScale: Math.round((t.newAboveScale * share) / 100),
    })),
  ]);
  await db.insert(s.targets).values(rows);
}
