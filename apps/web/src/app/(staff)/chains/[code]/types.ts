import type { RouterOutputs } from "@crm/api";

/** A node's panel as the API returns it. */
export type NodeData = RouterOutputs["chain"]["node"];
