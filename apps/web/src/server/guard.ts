import "server-only";

import { can, type Permission } from "@crm/domain";
import { forbidden } from "next/navigation";

import { api } from "./api";
import { requireUser } from "./session";

/**
 * The API for a staff page that needs `permission`: signed out → sign-in; an enterprise user or a
 * role without the permission → 403. Pages check before they call, so a refused visit renders the
 * 403 page instead of failing inside a procedure.
 */
export async function staffApi(permission: Permission) {
  const user = await requireUser();
  if (user.role === "enterprise" || !can(user.role, permission)) forbidden();
  return { user, api: await api() };
}

/** The API for an enterprise portal page. */
export async function portalApi() {
  const user = await requireUser();
  if (user.role !== "enterprise") forbidden();
  return { user, api: await api() };
}
