import type { ReactNode } from "react";

import { AppShell } from "~/components/app-shell";
import { staffApi } from "~/server/guard";

/** Staff pages: signed-in staff only; an enterprise user typing a staff address is refused. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { api } = await staffApi("session.self", { passwordChange: "allowed" });
  const [me, unread] = await Promise.all([api.account.me(), api.notification.unread()]);
  return (
    <AppShell user={me} unread={unread}>
      {children}
    </AppShell>
  );
}
