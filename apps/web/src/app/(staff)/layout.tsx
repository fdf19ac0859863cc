import type { ReactNode } from "react";

import { AppShell } from "~/components/app-shell";
import { staffApi } from "~/server/guard";

/** Staff pages: signed-in staff only; an enterprise user typing a staff address is refused. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { api, user } = await staffApi("session.self", { passwordChange: "allowed" });
  // Until a temporary password is changed (or a required second factor enrolled), the API answers
  // nothing but the account itself.
  const locked = user.mustChangePassword || user.mustEnrolSecondFactor;
  const [me, unread] = await Promise.all([api.account.me(), locked ? 0 : api.notification.unread()]);
  return (
    <AppShell user={me} unread={unread}>
      {children}
    </AppShell>
  );
}
