import { eq, schema, sql, writeAudit } from "@crm/db";
import type { ResetSecondFactorInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { updateWithVersion } from "../versioned-update";
import { staffAccountForUpdate } from "./account-rules";

const { users, secondFactors, recoveryCodes } = schema;

/**
 * The security administrator resets a lost second factor: the secret and the recovery codes go,
 * every session of the account ends (session version bumped), and at the next sign-in the person
 * enrols again if the policy requires it of their role. Never one's own (staffAccountForUpdate).
 */
export async function resetSecondFactor(ctx: AuthedContext, input: ResetSecondFactorInput) {
  const { db, user: actor } = ctx;
  return db.transaction(async (tx) => {
    await staffAccountForUpdate(tx, ctx, input.id);
    const removed = await tx
      .delete(secondFactors)
      .where(eq(secondFactors.userId, input.id))
      .returning({ confirmedAt: secondFactors.confirmedAt });
    if (!removed[0]?.confirmedAt) throw badRequest("secondFactorNotEnrolled");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.id));
    const updated = await updateWithVersion(tx, users, input.id, input.version, {
      sessionVersion: sql`${users.sessionVersion} + 1`,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "second_factor.reset",
      entity: "user",
      entityId: input.id,
      before: { enrolledAt: removed[0].confirmedAt },
      after: null,
    });
    return { id: updated.id, version: updated.version };
  });
}
