import { Month } from "@crm/domain";
import type { NextRequest } from "next/server";

import { api } from "~/server/api";
import { bulletinPdf } from "~/server/bulletin-pdf";
import { errorResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const month = Month.safeParse(request.nextUrl.searchParams.get("month"));
  if (!month.success) return Response.json({ error: "invalidInput" }, { status: 400 });
  try {
    const bulletin = await (await api()).bulletin.get({ month: month.data });
    const pdf = await bulletinPdf(bulletin.content, bulletin.issued);
    return new Response(pdf as BodyInit, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="bulletin.pdf"; filename*=UTF-8''${encodeURIComponent(`月度通报-${month.data}.pdf`)}`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
