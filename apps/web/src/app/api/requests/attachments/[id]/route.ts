import { isStaff, Uuid } from "@crm/domain";

import { api } from "~/server/api";
import { errorResponse } from "~/server/file-response";
import { currentUser } from "~/server/session";

export const dynamic = "force-dynamic";

/** Downloads a request's attachment: an enterprise its own, staff those of requests in their scope. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Uuid.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "notFound" }, { status: 404 });
  const user = await currentUser();
  if (!user) return Response.json({ error: "signInRequired" }, { status: 401 });
  try {
    const caller = await api();
    const file = isStaff(user.role)
      ? await caller.request.attachment({ id: id.data })
      : await caller.portal.attachment({ id: id.data });
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
