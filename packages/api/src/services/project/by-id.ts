import type { SessionUser } from "@crm/auth";
import { asc, eq, schema, type Executor } from "@crm/db";
import { can, PIPELINE_STAGES, type PipelineStage } from "@crm/domain";

import { scopedProjectById } from "../../scope/projects";
import { withDisplayName } from "./display";

const { stageEvents, enterprises, orgUnits, users } = schema;

/** One project the caller may see, with its enterprise, zone, service contact and stage history. */
export async function projectById(db: Executor, user: SessionUser, id: string) {
  const project = await scopedProjectById(db, user, id);
  const [enterprise] = await db.select().from(enterprises).where(eq(enterprises.id, project.enterpriseId));
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
  const shown = withDisplayName({ ...project, enterpriseName: enterprise?.name ?? null }, user);
  const lastPipelineStage =
    [...history].reverse().find((e) => (PIPELINE_STAGES as readonly string[]).includes(e.to))?.to ?? null;
  /** 交办 (the bureau's lead, the admin) or 批示 (a leader): which the caller gives on this project, if either. */
  const work: "task" | "instruction" | null = can(user.role, "task.assign")
    ? "task"
    : can(user.role, "instruction.write")
      ? "instruction"
      : null;
  return {
    ...shown,
    lastPipelineStage: lastPipelineStage as PipelineStage | null,
    creditCode: shown.confidential ? null : (enterprise?.creditCode ?? null),
    enterprise: shown.confidential ? null : enterprise,
    zone,
    serviceContact: contact ?? null,
    history,
    can: { work },
  };
}
