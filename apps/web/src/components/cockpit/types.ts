import type { RouterOutputs } from "@crm/api";

export type CockpitData = RouterOutputs["cockpit"]["overview"];
/** The page's light cards or the command room's dark screen. */
export type CockpitLook = "page" | "screen";
