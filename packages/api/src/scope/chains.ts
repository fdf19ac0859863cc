import type { SessionUser } from "@crm/auth";
import { and, eq, isNull, schema, type Executor } from "@crm/db";
import { can } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { badRequest, notFound } from "../errors";
import { projectScope } from "./projects";

const { chains, chainNodes } = schema;

/**
 * Row scope for chain maps (一图谱, DOMAIN §2). Every read and write of a chain or a node goes
 * through here:
 * - chains and their nodes are the district's: whoever holds `chain.read` reads every chain;
 * - retired nodes are history: read only when asked for, never edited;
 * - the projects at a node are read through the project scope (`projectScope`) and named by the
 *   code-name rule (scope/names.ts);
 * - targets (目标企业库) at a node — their names, their counts and the gap loop — only for callers
 *   holding `prospect.read` (`targetsVisible`);
 * - the carriers suited to a node by name only for callers holding `opportunity.read`.
 */

/** The caller may read the targets at a node (names, counts, the leads raised from them). */
export const targetsVisible = (user: Pick<SessionUser, "role">) => can(user.role, "prospect.read");

/** The caller may read the carriers suited to a node by name (others see their count). */
export const carriersVisible = (user: Pick<SessionUser, "role">) => can(user.role, "opportunity.read");

/** The projects at a node the caller may see (undefined: all). */
export const nodeProjectScope = (user: SessionUser): SQL | undefined => projectScope(user);

/** One chain by id or code, or NOT_FOUND. */
export async function scopedChain(db: Executor, _user: SessionUser, key: { chainId?: string; code?: string }) {
  const where = key.chainId ? eq(chains.id, key.chainId) : key.code ? eq(chains.code, key.code) : undefined;
  if (!where) throw notFound();
  const [row] = await db.select().from(chains).where(where).limit(1);
  if (!row) throw notFound();
  return row;
}

/** One node (retired ones too: their history stays readable), or NOT_FOUND. */
export async function scopedNode(db: Executor, _user: SessionUser, nodeId: string) {
  const [row] = await db.select().from(chainNodes).where(eq(chainNodes.id, nodeId)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** One node the caller may edit: a live one (a retired node is history, BAD_REQUEST chainNodeRetired). */
export async function editableNode(db: Executor, user: SessionUser, nodeId: string) {
  const node = await scopedNode(db, user, nodeId);
  if (node.retiredAt) throw badRequest("chainNodeRetired");
  return node;
}

/** SQL: the live nodes of a chain (all, retired too, with `includeRetired`). */
export function chainNodesWhere(chainId: string, includeRetired = false): SQL {
  return includeRetired
    ? eq(chainNodes.chainId, chainId)
    : and(eq(chainNodes.chainId, chainId), isNull(chainNodes.retiredAt))!;
}
