import { isStaff } from "@crm/domain";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { currentUser } from "~/server/session";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  const user = await currentUser();
  const portal = !!user && !isStaff(user.role);
  const home = portal ? "/portal" : "/";
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-600">403</p>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("body")}</p>
        <Link
          href={home}
          className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {portal ? t("toPortal") : t("toHome")}
        </Link>
      </div>
    </main>
  );
}
