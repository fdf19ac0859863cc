import type { Role } from "@crm/domain";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { LanguageSwitch } from "./language-switch";
import { staffNav } from "./nav";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { UserMenu } from "./user-menu";

export async function AppShell({
  user,
  unread,
  children,
}: {
  user: { displayName: string; unitShortName: string | null; role: Role; title: string | null };
  unread: number;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const items = staffNav(user.role);
  return (
    <div className="min-h-dvh md:flex">
      <aside className="hidden w-56 shrink-0 border-r border-slate-200 bg-white md:block">
        <Link href="/" className="flex items-center gap-2 px-5 py-4">
          <span className="flex size-8 items-center justify-center rounded-lg bg-brand-600 font-bold text-white">
            招
          </span>
          <span className="text-lg font-semibold text-slate-900">{t("appName")}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="px-3">
          <NavLinks items={items} orientation="vertical" />
        </nav>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
          <div className="flex items-center justify-between gap-3 px-4 py-2.5 sm:px-6">
            <Link href="/" className="flex items-center gap-2 md:hidden">
              <span className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-sm font-bold text-white">
                招
              </span>
              <span className="hidden font-semibold whitespace-nowrap min-[420px]:inline">{t("appName")}</span>
            </Link>
            <div className="hidden md:block" />
            <div className="flex items-center gap-2 sm:gap-3">
              <div className="hidden md:block">
                <LanguageSwitch />
              </div>
              <NotificationBell unread={unread} />
              <UserMenu name={user.displayName} unit={user.unitShortName} role={user.role} title={user.title} />
              <MobileMenu items={items} />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
