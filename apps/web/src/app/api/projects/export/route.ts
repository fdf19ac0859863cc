import { todayInShanghai } from "@crm/domain";
import type { NextRequest } from "next/server";

import { parseListState } from "~/lib/project-list-params";
import { api } from "~/server/api";
import { errorResponse, xlsxResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** The project list as .xlsx, with the same filter and order as the page that links here. */
export async function GET(request: NextRequest) {
  const state = parseListState(Object.fromEntries(request.nextUrl.searchParams));
  try {
    const bytes = await (await api()).transfer.exportProjects(state);
    return xlsxResponse(bytes, `项目清单-${todayInShanghai()}.xlsx`);
  } catch (e) {
    return errorResponse(e);
  }
}
