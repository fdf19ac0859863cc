import { and, desc, eq, inArray, ne, schema, writeAudit } from "@crm/db";
import {
  isStageMoveError,
  normalizeCreditCode,
  PIPELINE_STAGES,
  planStageMove,
  todayInShanghai,
  type PipelineStage,
  type StageMoveError,
} from "@crm/domain";
import type { z } from "zod";
import type { MoveStageInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scopedProjectById } from "../../scope/projects";
import { pgErrorOf } from "../../db-errors";
import { notify } from "../notify";
import { updateWithVersion } from "../versioned-update";

const { projects, stageEvents, enterprises } = schema;

const ERROR_KEY: Record<StageMoveError["code"], Parameters<typeof badRequest>[0]> = {
  sameStage: "sameStage",
  missing: "stageMissing",
  invalidCreditCode: "invalidCreditCode",
  invalidAmount: "invalidInput",
  signedAfterMove: "signedAfterMove",
};

/**
 * Moves a project to another stage under the stage machine's rules (@crm/domain): one transaction
 * updates the project (version-checked), its enterprise's credit code when given, records a stage
 * event per stage passed and the audit row.
 */
export async function moveStage(ctx: AuthedContext, input: z.output<typeof MoveStageInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  if (input.on > todayInShanghai(now)) throw badRequest("futureDate");
  return db
    .transaction(async (tx) => {
      const project = await scopedProjectById(tx, user, input.id);
      const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, project.enterpriseId));
      const [lastPipeline] = await tx
        .select({ stage: stageEvents.toStage })
        .from(stageEvents)
        .where(and(eq(stageEvents.projectId, project.id), inArray(stageEvents.toStage, [...PIPELINE_STAGES])))
        .orderBy(desc(stageEvents.occurredOn), desc(stageEvents.seq))
        .limit(1);
      const plan = planStageMove(
        {
          stage: project.stage,
          lastPipelineStage: (lastPipeline?.stage as PipelineStage | undefined) ?? null,
          signedOn: project.signedOn,
          signedAmount: project.signedAmount,
          creditCode: enterprise?.creditCode ?? null,
        },
        input,
      );
      if (isStageMoveError(plan)) throw badRequest(ERROR_KEY[plan.code]);

      const code = input.creditCode?.trim() ? normalizeCreditCode(input.creditCode) : null;
      if (code && code !== enterprise?.creditCode) {
        const [taken] = await tx
          .select({ id: enterprises.id })
          .from(enterprises)
          .where(and(eq(enterprises.creditCode, code), ne(enterprises.id, project.enterpriseId)));
        if (taken) throw badRequest("creditCodeTaken");
        await updateWithVersion(tx, enterprises, project.enterpriseId, enterprise!.version, { creditCode: code });
      }
      const updated = await updateWithVersion(tx, projects, project.id, input.version, {
        stage: input.to,
        ...plan.dates,
        ...(input.signedAmount ? { signedAmount: input.signedAmount } : {}),
      });
      await tx.insert(stageEvents).values(
        plan.steps.map(([from, to], i) => ({
          projectId: project.id,
          fromStage: from,
          toStage: to,
          // An event is dated by what it records: the signing on the contract's date, the rest on the move's.
          occurredOn: to === "signed" && plan.dates.signedOn ? plan.dates.signedOn : input.on,
          actorId: user.id,
          note: i === plan.steps.length - 1 ? input.note?.trim() || null : null,
        })),
      );
      await writeAudit(tx, {
        actorId: user.id,
        action: "project.move_stage",
        entity: "project",
        entityId: project.id,
        before: { stage: project.stage, signedOn: project.signedOn, signedAmount: project.signedAmount },
        after: {
          stage: updated.stage,
          ...plan.dates,
          signedAmount: updated.signedAmount,
          note: input.note ?? null,
          creditCode: code,
        },
        ip,
      });
      await notify(tx, {
        userIds: [project.serviceContactId, project.responsibleLeaderId].filter((x): x is string => !!x),
        actorId: user.id,
        kind: "project.stageMoved",
        params: { name: project.codeName ?? project.name, stage: input.to },
        link: `/projects/${project.id}`,
        unitIds: [project.responsibleUnitId],
      });
      return { id: updated.id, version: updated.version, stage: updated.stage };
    })
    .catch((e: unknown) => {
      // Two moves racing for the same credit code: the unique index answers.
      if (pgErrorOf(e)?.constraint_name === "enterprise_creditCode_unique") throw badRequest("creditCodeTaken");
      throw e;
    });
}
