import "server-only";

import { can, isStaff, Uuid, type Permission } from "@crm/domain";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound, redirect } from "next/navigation";

import { api } from "./api";
import { requireUser } from "./session";

/**
 * An account made with a temporary password must choose its own before anything else, and one whose
 * role requires a second factor must enrol one: every page sends it to its account page, which
 * (with its layout) alone says `passwordChange: "allowed"`.
 */
interface PasswordGate {
  passwordChange?: "allowed";
}

/**
 * The API for a staff page that needs `permission`: signed out → sign-in; an enterprise user or a
 * role without the permission → 403. Pages check before they call, so a refused visit renders the
 * 403 page instead of failing inside a procedure.
 */
export async function staffApi(permission: Permission, opts: PasswordGate = {}) {
  const user = await requireUser();
  if (!isStaff(user.role) || !can(user.role, permission)) forbidden();
  if (user.mustChangePassword && opts.passwordChange !== "allowed") redirect("/account?first=1");
  // A role the security administrator requires a second factor of enrols on the same page first.
  if (user.mustEnrolSecondFactor && opts.passwordChange !== "allowed") redirect("/account?enrol=1");
  return { user, api: await api() };
}

/** The API for an enterprise portal page. */
export async function portalApi(opts: PasswordGate = {}) {
  const user = await requireUser();
  if (isStaff(user.role)) forbidden();
  if (user.mustChangePassword && opts.passwordChange !== "allowed") redirect("/portal/account?first=1");
  return { user, api: await api() };
}

/** A record the caller may not see reads as absent: NOT_FOUND from the API becomes the 404 page. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** A route's id segment, or the 404 page when it is not an id at all. */
export function idParam(id: string): string {
  if (!Uuid.safeParse(id).success) notFound();
  return id;
}
