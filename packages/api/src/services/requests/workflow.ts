import { eq, schema, writeAudit, type Transaction } from "@crm/db";
import { todayInShanghai, type RateRequestInput, type RespondRequestInput, type RouteRequestInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scopedRequestById } from "../../scope/service";
import { loadCalendar } from "../calendar";
import { enterpriseUsers, notify, unitMembers } from "../notify";
import { updateWithVersion } from "../versioned-update";

const { serviceRequests, serviceRequestEntries, orgUnits } = schema;

const entry = (tx: Transaction, values: typeof serviceRequestEntries.$inferInsert) =>
  tx.insert(serviceRequestEntries).values(values);

/**
 * The bureau sends a request (new, or already with a department) to a department with a time limit
 * in working days; the department hears of it. A re-route starts the limit again.
 */
export async function routeRequest(ctx: AuthedContext, input: z.infer<typeof RouteRequestInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const request = await scopedRequestById(tx, user, input.id, true);
    if (request.status === "resolved") throw badRequest("requestWrongStep");
    const [unit] = await tx
      .select({ kind: orgUnits.kind, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.id, input.departmentId));
    if (unit?.kind !== "department") throw badRequest("notDepartment");
    const dueOn = (await loadCalendar(tx)).addWorkingDays(todayInShanghai(now), input.timeLimitDays);
    const after = await updateWithVersion(tx, serviceRequests, input.id, input.version, {
      status: "assigned",
      departmentId: input.departmentId,
      timeLimitDays: input.timeLimitDays,
      dueOn,
      routedAt: now,
      escalatedAt: null,
    });
    await entry(tx, {
      requestId: input.id,
      kind: "route",
      body: input.note?.trim() || null,
      authorId: user.id,
      unitId: user.unitId,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "request.route",
      entity: "service_request",
      entityId: input.id,
      before: { departmentId: request.departmentId },
      after: { departmentId: input.departmentId, dueOn },
      ip,
    });
    await notify(tx, {
      userIds: await unitMembers(tx, input.departmentId),
      actorId: user.id,
      kind: "request.routed",
      params: { title: request.title, due: dueOn },
      link: `/requests/${input.id}`,
      unitIds: [input.departmentId],
    });
    return { id: after.id, status: after.status, dueOn, version: after.version };
  });
}

/**
 * The department it was routed to (or the bureau) replies, and may resolve it with that reply;
 * the enterprise hears of both. The request scope already limits a department to its own requests.
 */
export async function respondToRequest(ctx: AuthedContext, input: z.infer<typeof RespondRequestInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const request = await scopedRequestById(tx, user, input.id, true);
    if (request.status !== "assigned") throw badRequest("requestWrongStep");
    const after = await updateWithVersion(
      tx,
      serviceRequests,
      input.id,
      input.version,
      input.resolve ? { status: "resolved", resolution: input.body, resolvedAt: now } : {},
    );
    await entry(tx, {
      requestId: input.id,
      kind: input.resolve ? "resolve" : "reply",
      body: input.body,
      authorId: user.id,
      unitId: user.unitId,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: input.resolve ? "request.resolve" : "request.reply",
      entity: "service_request",
      entityId: input.id,
      after: { body: input.body },
      ip,
    });
    await notify(tx, {
      userIds: [...(await enterpriseUsers(tx, request.enterpriseId)), request.raisedById],
      actorId: user.id,
      kind: input.resolve ? "request.resolved" : "request.replied",
      params: { title: request.title },
      link: `/portal/requests/${input.id}`,
    });
    return { id: after.id, status: after.status, version: after.version };
  });
}

/** The enterprise rates a resolved request once, 1 to 5 stars; the department that resolved it hears. */
export async function rateRequest(ctx: AuthedContext, input: z.infer<typeof RateRequestInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const request = await scopedRequestById(tx, user, input.id, true);
    if (request.status !== "resolved" || request.rating !== null) throw badRequest("requestWrongStep");
    const after = await updateWithVersion(tx, serviceRequests, input.id, input.version, {
      rating: input.rating,
      ratedAt: now,
    });
    const comment = input.comment?.trim();
    await entry(tx, { requestId: input.id, kind: "rate", body: comment || null, authorId: user.id, unitId: null });
    await writeAudit(tx, {
      actorId: user.id,
      action: "request.rate",
      entity: "service_request",
      entityId: input.id,
      after: { rating: input.rating, comment },
      ip,
    });
    if (request.departmentId) {
      await notify(tx, {
        userIds: await unitMembers(tx, request.departmentId),
        actorId: user.id,
        kind: "request.rated",
        params: { title: request.title, rating: String(input.rating) },
        link: `/requests/${input.id}`,
      });
    }
    return { id: after.id, rating: after.rating, version: after.version };
  });
}
