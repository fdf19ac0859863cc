import type { NextRequest } from "next/server";

import { api } from "~/server/api";
import { errorResponse, xlsxResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get("kind");
  try {
    const caller = await api();
    if (asked === "carriers") return xlsxResponse(await caller.transfer.carrierTemplate(), "载体导入模板.xlsx");
    const kind = asked === "leads" ? "leads" : "projects";
    const bytes = kind === "leads" ? await caller.transfer.leadTemplate() : await caller.transfer.projectTemplate();
    return xlsxResponse(bytes, kind === "leads" ? "线索导入模板.xlsx" : "项目导入模板.xlsx");
  } catch (e) {
    return errorResponse(e);
  }
}
