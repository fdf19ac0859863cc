import { api } from "~/server/api";
import { errorResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** Reads an uploaded list and answers every row with its problems. Nothing is written here. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const kind = form?.get("kind") === "leads" ? "leads" : "projects";
  if (!(file instanceof File)) return Response.json({ error: "notSpreadsheet" }, { status: 400 });
  try {
    const caller = await api();
    const upload = { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const rows =
      kind === "leads" ? await caller.transfer.previewLeads(upload) : await caller.transfer.previewProjects(upload);
    return Response.json({ kind, rows: rows.map(({ row, problems }) => ({ row, problems })) });
  } catch (e) {
    return errorResponse(e);
  }
}
