import { ChainCode } from "@crm/domain";
import type { NextRequest } from "next/server";

import { api } from "~/server/api";
import { chainMapPng, mapFileHeaders } from "~/server/chain-map-export";
import { errorResponse } from "~/server/file-response";

export const dynamic = "force-dynamic";

/** The whole chain map as a PNG at print resolution (chain.read, checked by the procedure as the bulletin PDF's is). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = ChainCode.safeParse((await params).code);
  if (!code.success) return Response.json({ error: "invalidInput" }, { status: 400 });
  try {
    const map = await (await api()).chain.map({ code: code.data });
    const body = await chainMapPng(map);
    return new Response(body as BodyInit, { headers: mapFileHeaders(map, "png", "image/png") });
  } catch (e) {
    return errorResponse(e);
  }
}
