import { getTranslations } from "next-intl/server";

/** An investor link that opens nothing (unknown, revoked or past its day): said plainly, no staff pages offered. */
export default async function ShareNotFound() {
  const t = await getTranslations("share.gone");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("body")}</p>
      </div>
    </main>
  );
}
