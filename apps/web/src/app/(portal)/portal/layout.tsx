import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { LanguageSwitch } from "~/components/language-switch";
import { UserMenu } from "~/components/user-menu";
import { portalApi } from "~/server/guard";

/** The enterprise portal: its own plain layout, one column, made for a phone. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { api } = await portalApi({ passwordChange: "allowed" });
  const me = await api.account.me();
  const t = await getTranslations();
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/portal" className="min-w-0">
            <p className="text-xs text-brand-700">{t("portal.title")}</p>
            <p className="truncate font-semibold text-slate-900">{me.enterpriseName}</p>
          </Link>
          <UserMenu name={me.displayName} unit={null} role={me.role} />
        </div>
        <nav
          aria-label={t("common.mainNav")}
          className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 pb-2 text-sm"
        >
          <div className="flex min-w-0 gap-4 overflow-x-auto whitespace-nowrap">
            <Link href="/portal" className="text-slate-700 hover:text-brand-700">
              {t("portal.myProjects")}
            </Link>
            <Link href="/portal/requests" className="text-slate-700 hover:text-brand-700">
              {t("portal.myRequests")}
            </Link>
            <Link href="/portal/account" className="text-slate-700 hover:text-brand-700">
              {t("portal.accountNav")}
            </Link>
          </div>
          <LanguageSwitch />
        </nav>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-5">{children}</main>
    </div>
  );
}
