import { can, ColumnMapping, IMPORT_LIMITS } from "@crm/domain";

import { api } from "~/server/api";
import { BodyTooLarge, forbiddenResponse, payloadTooLarge, readBounded, signInRequired } from "~/server/bounded-body";
import { errorResponse } from "~/server/file-response";
import { currentUser } from "~/server/session";

export const dynamic = "force-dynamic";

/** The form's overhead beside the file itself (boundaries, the kind field, headers). */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads an uploaded list and answers every row with its problems. Nothing is written here. Who
 * may import anything is checked before the body is read, and the body is read only up to the
 * sheet's size limit.
 */
/** The column choice the mapping step sends, as JSON (false: not a mapping); its fit to the file is the procedure's check. */
function parseMapping(field: FormDataEntryValue | null | undefined): ColumnMapping | undefined | false {
  if (typeof field !== "string" || field === "") return undefined;
  if (field.length > 4000) return false;
  try {
    const parsed = ColumnMapping.safeParse(JSON.parse(field));
    return parsed.success ? parsed.data : false;
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return signInRequired();
  if (
    !can(user.role, "project.write") &&
    !can(user.role, "lead.write") &&
    !can(user.role, "opportunity.write") &&
    !can(user.role, "event.write")
  )
    return forbiddenResponse();
  let form: FormData | null;
  try {
    const body = await readBounded(request, IMPORT_LIMITS.maxBytes + FORM_OVERHEAD);
    form = await new Response(body as BodyInit, { headers: request.headers }).formData().catch(() => null);
  } catch (e) {
    if (e instanceof BodyTooLarge) return payloadTooLarge();
    throw e;
  }
  const file = form?.get("file");
  const asked = form?.get("kind");
  const kind =
    asked === "leads" ? "leads" : asked === "carriers" ? "carriers" : asked === "attendees" ? "attendees" : "projects";
  const eventId = form?.get("eventId");
  if (!(file instanceof File)) return Response.json({ error: "notSpreadsheet" }, { status: 400 });
  const mapping = parseMapping(form?.get("mapping"));
  if (mapping === false) return Response.json({ error: "badColumnMapping" }, { status: 400 });
  try {
    const caller = await api();
    const upload = { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mapping };
    const { header, rows } =
      kind === "attendees"
        ? await caller.promoEvent.previewAttendees({ ...upload, eventId: typeof eventId === "string" ? eventId : "" })
        : kind === "leads"
          ? await caller.transfer.previewLeads(upload)
          : kind === "carriers"
            ? await caller.transfer.previewCarriers(upload)
            : await caller.transfer.previewProjects(upload);
    return Response.json({
      kind,
      header,
      rows: rows.map(({ line, row, problems }) => ({ line, row, problems })),
    });
  } catch (e) {
    return errorResponse(e);
  }
}
