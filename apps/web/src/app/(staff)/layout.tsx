import { forbidden } from "next/navigation";
import type { ReactNode } from "react";

import { AppShell } from "~/components/app-shell";
import { api } from "~/server/api";
import { requireUser } from "~/server/session";

/** Staff pages: signed-in staff only; an enterprise user typing a staff address is refused. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (user.role === "enterprise") forbidden();
  const me = await (await api()).account.me();
  return <AppShell user={me}>{children}</AppShell>;
}
