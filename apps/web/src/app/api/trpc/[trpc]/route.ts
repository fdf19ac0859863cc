import { appRouter, createContext } from "@crm/api";
import { clientAddress } from "@crm/auth";
import { ATTACHMENT_LIMITS } from "@crm/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { BodyTooLarge, payloadTooLarge, readBounded, signInRequired } from "~/server/bounded-body";
import { db } from "~/server/db";
import { currentUser } from "~/server/session";

/** The largest call: a request with its attachments, base64 (4/3), and room for the rest. */
const MAX_BODY = Math.ceil(ATTACHMENT_LIMITS.maxFiles * ATTACHMENT_LIMITS.maxBytes * (4 / 3)) + 1024 * 1024;

/**
 * Every procedure needs a signed-in caller: a call without one is refused before its body is
 * read, and no body is read past MAX_BODY.
 */
const handler = async (req: Request) => {
  const user = await currentUser();
  let request = req;
  if (req.method === "POST") {
    if (!user) return signInRequired();
    try {
      const body = await readBounded(req, MAX_BODY);
      request = new Request(req.url, { method: "POST", headers: req.headers, body: body as BodyInit });
    } catch (e) {
      if (e instanceof BodyTooLarge) return payloadTooLarge();
      throw e;
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: request,
    createContext: async () =>
      createContext({
        db: await db(),
        user,
        ip: clientAddress(req.headers),
        userAgent: req.headers.get("user-agent"),
      }),
  });
};

export { handler as GET, handler as POST };
