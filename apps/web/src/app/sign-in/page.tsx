import { isStaff, safeReturnPath } from "@crm/domain";
import { Alert } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { LanguageSwitch } from "~/components/language-switch";
import { currentUser } from "~/server/session";

import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; changed?: string }>;
}) {
  const user = await currentUser();
  if (user) redirect(isStaff(user.role) ? "/" : "/portal");
  const { from, changed } = await searchParams;
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div className="mx-auto flex size-12 items-center justify-center rounded-xl bg-brand-600 text-xl font-bold text-white">
            招
          </div>
          <h1 className="mt-4 text-2xl font-semibold text-slate-900">{t("common.appName")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("common.tagline")}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 className="mb-5 text-lg font-medium text-slate-900">{t("signIn.title")}</h2>
          {changed ? (
            <div className="mb-4">
              <Alert tone="success">{t("signIn.changed")}</Alert>
            </div>
          ) : null}
          <SignInForm from={safeReturnPath(from)} />
        </div>
        <div className="mt-6 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
