import { todayInShanghai } from "@crm/domain";
import type { NextRequest } from "next/server";

import { filterOf, parseCarrierState } from "~/lib/carrier-list-params";
import { api } from "~/server/api";
import { errorResponse, xlsxResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** The opportunity list as .xlsx, with the same filter as the page that links here. */
export async function GET(request: NextRequest) {
  const state = parseCarrierState(Object.fromEntries(request.nextUrl.searchParams));
  try {
    const bytes = await (await api()).transfer.exportCarriers(filterOf(state));
    return xlsxResponse(bytes, `载体清单-${todayInShanghai()}.xlsx`);
  } catch (e) {
    return errorResponse(e);
  }
}
