import "server-only";

import { TRPCError } from "@trpc/server";

const STATUS: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

/** An .xlsx download; the name is sent UTF-8 encoded so Chinese file names survive. */
export function xlsxResponse(bytes: Uint8Array, filename: string) {
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}

/** A refused call as JSON with the error's key (the page shows it in the user's language). */
export function errorResponse(error: unknown) {
  if (error instanceof TRPCError && STATUS[error.code])
    return Response.json({ error: error.message }, { status: STATUS[error.code] });
  throw error;
}
