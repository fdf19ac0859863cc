import { appRouter, createContext } from "@crm/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { clientIp } from "~/server/api";
import { db } from "~/server/db";
import { currentUser } from "~/server/session";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createContext({ db: await db(), user: await currentUser(), ip: clientIp(req.headers) }),
  });

export { handler as GET, handler as POST };
