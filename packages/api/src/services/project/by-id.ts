import { asc, eq, schema } from "@crm/db";
import { PIPELINE_STAGES, type PipelineStage, can } from "@crm/domain";

import { enterpriseHiddenAs, mayRename, seesRealName } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { phonesShown } from "../../scope/personal";
import { scopedProjectById } from "../../scope/projects";

const { stageEvents, enterprises, orgUnits, users } = schema;

/** One project the caller may see, with its enterprise, zone, service contact and stage history. */
export async function projectById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const project = await scopedProjectById(db, user, id);
  const [enterprise] = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      hiddenAs: enterpriseHiddenAs(user, enterprises.id),
    })
    .from(enterprises)
    .where(eq(enterprises.id, project.enterpriseId));
  const [zone] = await db
    .select({ id: orgUnits.id, name: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.id, project.zoneId));
  const contact = project.serviceContactId
    ? (
        await db
          .select({ name: users.displayName, mobile: users.mobile })
          .from(users)
          .where(eq(users.id, project.serviceContactId))
      )[0]
    : undefined;
  const history = await db
    .select({
      id: stageEvents.id,
      from: stageEvents.fromStage,
      to: stageEvents.toStage,
      on: stageEvents.occurredOn,
      note: stageEvents.note,
      actor: users.displayName,
    })
    .from(stageEvents)
    .leftJoin(users, eq(users.id, stageEvents.actorId))
    .where(eq(stageEvents.projectId, id))
    .orderBy(asc(stageEvents.occurredOn), asc(stageEvents.seq));
  // The code-name rule (scope/names): a caller shown the code name reads nothing that identifies the
  // project or its enterprise (real name, pinyin initials, enterprise, credit code).
  const confidential = !seesRealName(project, user);
  const enterpriseShown = enterprise && !confidential && enterprise.hiddenAs === null;
  const { name, nameInitials: _initials, enterpriseId, ...rest } = project;
  const lastPipelineStage =
    [...history].reverse().find((e) => (PIPELINE_STAGES as readonly string[]).includes(e.to))?.to ?? null;
  /** 交办 (the bureau's lead) or 批示 (a leader): which the caller gives on this project, if either. */
  const work: "task" | "instruction" | null = can(user.role, "task.assign")
    ? "task"
    : can(user.role, "instruction.write")
      ? "instruction"
      : null;
  // The service contact's mobile: in full to those who work the project (audited), masked to readers.
  const serviceContact = contact
    ? {
        name: contact.name,
        ...(await phonesShown(
          ctx,
          { entity: "project", id },
          { mobile: contact.mobile },
          can(user.role, "project.write"),
        )),
      }
    : null;
  return {
    ...rest,
    name: confidential ? project.codeName! : name,
    confidential,
    enterprise: enterpriseShown ? { id: enterpriseId, name: enterprise.name } : null,
    creditCode: enterpriseShown ? enterprise.creditCode : null,
    lastPipelineStage: lastPipelineStage as PipelineStage | null,
    zone,
    serviceContact,
    history,
    can: { work, rename: mayRename(user, project) },
  };
}
