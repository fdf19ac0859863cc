import "server-only";

import { resolveSession, type SessionUser } from "@crm/auth";
import { auth } from "@crm/auth/next";
import { redirect } from "next/navigation";
import { cache } from "react";

import { db } from "./db";

/** The signed-in user, checked against the database once per request; null when signed out or ended. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return resolveSession(await db(), session?.claims);
});

/** The signed-in user, or off to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
