import type { CockpitLook } from "./types";

/** Axis colours and type sizes for the page or the command room's screen. */
export function axisStyle(look: CockpitLook) {
  const screen = look === "screen";
  return {
    axisLabel: { color: screen ? "#cbd5e1" : "#475569", fontSize: screen ? 14 : 11 },
    axisLine: { lineStyle: { color: screen ? "#475569" : "#cbd5e1" } },
    splitLine: { lineStyle: { color: screen ? "#334155" : "#e2e8f0" } },
  };
}
