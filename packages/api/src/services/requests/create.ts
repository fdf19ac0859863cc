import { eq, schema, writeAudit } from "@crm/db";
import { ATTACHMENT_LIMITS, type CreateRequestInput, isStaff } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { outboundEnterpriseName } from "../../scope/names";
import { scopedProjectById } from "../../scope/projects";
import { bureauMembers, notify } from "../notify";

const { serviceRequests, serviceRequestAttachments, enterprises } = schema;

/** The first bytes of each allowed kind of file: a file that says it is a PDF must start like one. */
const SIGNATURES: Record<string, number[][]> = {
  "application/pdf": [[0x25, 0x50, 0x44, 0x46]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
  "image/png": [[0x89, 0x50, 0x4e, 0x47]],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [[0x50, 0x4b, 0x03, 0x04]],
  "application/msword": [[0xd0, 0xcf, 0x11, 0xe0]],
};

function decodeAttachment(a: z.infer<typeof CreateRequestInput>["attachments"][number]) {
  const content = Buffer.from(a.base64, "base64");
  if (content.length === 0) throw badRequest("fileNotAllowed");
  if (content.length > ATTACHMENT_LIMITS.maxBytes) throw badRequest("fileTooLarge");
  if (!SIGNATURES[a.contentType]!.some((sig) => sig.every((b, i) => content[i] === b)))
    throw badRequest("fileNotAllowed");
  return { fileName: a.fileName, contentType: a.contentType, size: content.length, content };
}

/**
 * Raises a request: an enterprise user for its own enterprise (about one of its projects or none),
 * staff for the enterprise of a project in their scope. Attachments are checked (size, kind, that
 * the bytes match the kind) before anything is written; all of it lands in one transaction or none.
 */
export async function createRequest(ctx: AuthedContext, input: z.infer<typeof CreateRequestInput>) {
  const { db, user, ip } = ctx;
  const files = input.attachments.map(decodeAttachment);
  return db.transaction(async (tx) => {
    let enterpriseId: string;
    let projectId: string | null = null;
    if (!isStaff(user.role)) {
      if (!user.enterpriseId) throw notFound();
      enterpriseId = user.enterpriseId;
      if (input.projectId) projectId = (await scopedProjectById(tx, user, input.projectId)).id;
    } else {
      if (!input.projectId) throw badRequest("projectRequired");
      const project = await scopedProjectById(tx, user, input.projectId);
      enterpriseId = project.enterpriseId;
      projectId = project.id;
    }
    const [request] = await tx
      .insert(serviceRequests)
      .values({
        enterpriseId,
        projectId,
        category: input.category,
        title: input.title,
        description: input.description,
        raisedById: user.id,
      })
      .returning();
    if (files.length)
      await tx
        .insert(serviceRequestAttachments)
        .values(files.map((f) => ({ ...f, requestId: request!.id, uploadedById: user.id })));
    await writeAudit(tx, {
      actorId: user.id,
      action: "request.create",
      entity: "service_request",
      entityId: request!.id,
      after: { title: input.title, category: input.category, files: files.length },
      ip,
    });
    const [enterprise] = await tx
      .select({ name: outboundEnterpriseName })
      .from(enterprises)
      .where(eq(enterprises.id, enterpriseId));
    const bureau = await bureauMembers(tx);
    await notify(tx, {
      userIds: bureau.userIds,
      actorId: user.id,
      kind: "request.raised",
      params: { enterprise: enterprise?.name ?? "", title: input.title },
      link: `/requests/${request!.id}`,
      unitIds: bureau.unitIds,
    });
    return { id: request!.id };
  });
}
