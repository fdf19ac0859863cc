import { Month } from "@crm/domain";
import type { NextRequest } from "next/server";

import { api } from "~/server/api";
import { errorResponse, xlsxResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const month = Month.safeParse(request.nextUrl.searchParams.get("month"));
  if (!month.success) return Response.json({ error: "invalidInput" }, { status: 400 });
  try {
    return xlsxResponse(await (await api()).bulletin.exportXlsx({ month: month.data }), `月度通报-${month.data}.xlsx`);
  } catch (e) {
    return errorResponse(e);
  }
}
