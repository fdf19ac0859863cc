import { investorEdition } from "@crm/api";
import { ShareToken } from "@crm/domain";

import { ownPagePdf } from "~/server/chromium";
import { db } from "~/server/db";
import { errorResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** An investor edition as a PDF: Chromium prints the same public page. No account needed, like the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!ShareToken.safeParse(token).success) return Response.json({ error: "notFound" }, { status: 404 });
  const edition = await investorEdition(await db(), token, new Date());
  if (!edition) return Response.json({ error: "notFound" }, { status: 404 });
  let pdf: Uint8Array;
  try {
    pdf = await ownPagePdf(`/share/${token}`);
  } catch (e) {
    return errorResponse(e);
  }
  return new Response(pdf as BodyInit, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="investor-edition.pdf"; filename*=UTF-8''${encodeURIComponent(`${edition.title}.pdf`)}`,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
