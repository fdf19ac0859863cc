import { and, asc, eq, inArray, schema, sql, writeAudit, type Executor } from "@crm/db";
import { PROJECT_TYPES, type ApprovalItemInput, type ApprovalTemplateInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, conflict } from "../../errors";
import { updateWithVersion } from "../versioned-update";

const { approvalItems, approvalTemplates, orgUnits } = schema;

/** The dictionary (active items first, in order) and the template of each project type. */
export async function approvalDictionary(ctx: AuthedContext) {
  const { db } = ctx;
  const [items, templates] = await Promise.all([
    db
      .select({
        id: approvalItems.id,
        name: approvalItems.name,
        departmentId: approvalItems.departmentId,
        department: orgUnits.shortName,
        timeLimitDays: approvalItems.timeLimitDays,
        active: approvalItems.active,
        version: approvalItems.version,
      })
      .from(approvalItems)
      .innerJoin(orgUnits, eq(orgUnits.id, approvalItems.departmentId))
      .orderBy(sql`${approvalItems.active} desc`, asc(approvalItems.sort), asc(approvalItems.name)),
    db.select().from(approvalTemplates),
  ]);
  return {
    items,
    templates: PROJECT_TYPES.map((projectType) => {
      const row = templates.find((t) => t.projectType === projectType);
      return { projectType, itemIds: row?.itemIds ?? [], version: row?.version ?? 1 };
    }),
  };
}

/** What the dictionary's keeper edits: the dictionary and the departments an item can belong to. */
export async function approvalDictionaryEditor(ctx: AuthedContext) {
  const [dictionary, departments] = await Promise.all([
    approvalDictionary(ctx),
    ctx.db
      .select({ id: orgUnits.id, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.kind, "department"))
      .orderBy(asc(orgUnits.sort)),
  ]);
  return { ...dictionary, departments };
}

async function assertDepartment(db: Executor, id: string) {
  const [unit] = await db.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, id));
  if (unit?.kind !== "department") throw badRequest("invalidInput");
}

/** Adds an item to the dictionary or changes one (with its version). Names are unique. */
export async function saveApprovalItem(ctx: AuthedContext, input: z.infer<typeof ApprovalItemInput>) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    await assertDepartment(tx, input.departmentId);
    const [clash] = await tx
      .select({ id: approvalItems.id })
      .from(approvalItems)
      .where(eq(approvalItems.name, input.name));
    if (clash && clash.id !== input.id) throw badRequest("approvalNameTaken");
    const values = {
      name: input.name,
      departmentId: input.departmentId,
      timeLimitDays: input.timeLimitDays,
      active: input.active,
    };
    let row;
    if (input.id) {
      if (!input.version) throw conflict();
      row = await updateWithVersion(tx, approvalItems, input.id, input.version, values);
    } else {
      const [{ n }] = (await tx
        .select({ n: sql<number>`coalesce(max(${approvalItems.sort}), 0) + 1` })
        .from(approvalItems)) as [{ n: number }];
      [row] = await tx
        .insert(approvalItems)
        .values({ ...values, sort: n })
        .returning();
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.id ? "approvalItem.update" : "approvalItem.create",
      entity: "approval_item",
      entityId: row!.id,
      after: values,
      ip,
    });
    return { id: row!.id, version: row!.version };
  });
}

/** Replaces the item list of one project type's template. */
export async function saveApprovalTemplate(ctx: AuthedContext, input: z.infer<typeof ApprovalTemplateInput>) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    const itemIds = [...new Set(input.itemIds)];
    if (itemIds.length) {
      const found = await tx
        .select({ id: approvalItems.id })
        .from(approvalItems)
        .where(and(inArray(approvalItems.id, itemIds), eq(approvalItems.active, true)));
      if (found.length !== itemIds.length) throw badRequest("invalidInput");
    }
    const [before] = await tx
      .select()
      .from(approvalTemplates)
      .where(eq(approvalTemplates.projectType, input.projectType))
      .for("update");
    let version: number;
    if (before) {
      const row = await updateWithVersion(tx, approvalTemplates, { projectType: input.projectType }, input.version, {
        itemIds,
      });
      version = row.version;
    } else {
      if (input.version !== 1) throw conflict();
      [{ version }] = (await tx
        .insert(approvalTemplates)
        .values({ projectType: input.projectType, itemIds, version: 2 })
        .returning({ version: approvalTemplates.version })) as [{ version: number }];
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "approvalTemplate.update",
      entity: "approval_template",
      entityId: input.projectType,
      before: before?.itemIds ?? null,
      after: itemIds,
      ip,
    });
    return { projectType: input.projectType, itemIds, version };
  });
}
