import type { Stage } from "./stages";

/**
 * 月度调度: each open project needs one progress update a month from its responsible unit.
 * Open here means still on its way: not yet operating (after-care has its own visits), not paused, not lost.
 */
export const DISPATCH_STAGES: readonly Stage[] = [
  "planned",
  "reserve",
  "negotiating",
  "signed",
  "registered",
  "under_construction",
  "in_production",
];

/** "2026-11" for any day of November 2026. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month before a "YYYY-MM" month: the last complete month, which the bulletin opens on. */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The first day of a "YYYY-MM" month, as stored. */
export function monthStart(month: string): string {
  return `${month}-01`;
}
