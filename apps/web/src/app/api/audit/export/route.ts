import { todayInShanghai } from "@crm/domain";
import type { NextRequest } from "next/server";

import { parseAuditFilter } from "~/lib/audit-params";
import { api } from "~/server/api";
import { errorResponse, xlsxResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** The audit log as .xlsx with the viewer's filter (audit.read; the export writes its own audit row). */
export async function GET(request: NextRequest) {
  const filter = parseAuditFilter(Object.fromEntries(request.nextUrl.searchParams));
  try {
    const bytes = await (await api()).audit.export(filter);
    return xlsxResponse(bytes, `审计日志-${todayInShanghai()}.xlsx`);
  } catch (e) {
    return errorResponse(e);
  }
}
