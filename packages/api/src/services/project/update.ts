import { schema, writeAudit } from "@crm/db";
import { nameInitials } from "@crm/domain";
import type { z } from "zod";
import type { UpdateProjectInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, forbidden } from "../../errors";
import { mayRename } from "../../scope/names";
import { scopedProjectById } from "../../scope/projects";
import { updateWithVersion } from "../versioned-update";

const { projects } = schema;

/** Edits a project's fields in place. A stale copy gets CONFLICT; the audit row keeps before and after. */
export async function updateProject(ctx: AuthedContext, input: z.output<typeof UpdateProjectInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const project = await scopedProjectById(tx, user, input.id);
    const patch = input.patch;
    if ((patch.name !== undefined || patch.codeName !== undefined) && !mayRename(user, project)) throw forbidden();
    if (patch.signedAmount !== undefined && !project.signedOn) throw badRequest("stageMissing"); // signing data comes with the move to 签约
    const changes = { ...patch, ...(patch.name ? { nameInitials: nameInitials(patch.name) } : {}) };
    const updated = await updateWithVersion(tx, projects, project.id, input.version, changes);
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.update",
      entity: "project",
      entityId: project.id,
      before: Object.fromEntries(keys.map((k) => [k, project[k]])),
      after: Object.fromEntries(keys.map((k) => [k, updated[k]])),
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}
