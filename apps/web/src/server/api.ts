import "server-only";

import { appRouter, createCallerFactory, createContext } from "@crm/api";
import { clientAddress } from "@crm/auth";
import { headers } from "next/headers";
import { cache } from "react";

import { db } from "./db";
import { currentUser } from "./session";

const createCaller = createCallerFactory(appRouter);

/** The tRPC API called directly from server components: same procedures, same checks. */
export const api = cache(async () => {
  const h = await headers();
  return createCaller(
    createContext({ db: await db(), user: await currentUser(), ip: clientAddress(h), userAgent: h.get("user-agent") }),
  );
});
