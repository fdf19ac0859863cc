import { investorEdition } from "@crm/api";
import { ShareToken } from "@crm/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { formatters } from "~/components/format";
import { db } from "~/server/db";

import { ChainEdition } from "./chain-edition";
import { OpportunityEdition } from "./opportunity-edition";
import { PrintButton } from "./print-button";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("share");
  return { title: t("edition"), robots: { index: false, follow: false } };
}

/**
 * An investor edition (推介版), opened by its link without an account: the opportunity list or a
 * chain's map, with nothing internal and the bureau's contact only. An unknown, revoked or expired
 * link shows the same not-found page.
 */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!ShareToken.safeParse(token).success) notFound();
  const edition = await investorEdition(await db(), token, new Date());
  if (!edition) notFound();
  const t = await getTranslations("share");
  const f = formatters(await getLocale());
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-6 print:px-0 print:py-0">
      <header className="flex flex-wrap items-end justify-between gap-3 border-b-2 border-brand-700 pb-3">
        <div>
          <p className="text-sm font-medium text-brand-700">{t("edition")}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{edition.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("asOf", { date: f.date(edition.asOf) })}</p>
        </div>
        <div className="flex gap-2 print:hidden">
          <PrintButton label={t("print")} />
          <a
            href={`/api/share/${token}/pdf`}
            className="rounded-md bg-white px-3 py-2 text-sm font-medium ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
          >
            {t("pdf")}
          </a>
        </div>
      </header>
      {edition.kind === "opportunities" ? (
        <OpportunityEdition carriers={edition.carriers} />
      ) : (
        <ChainEdition map={edition.map} />
      )}
      <footer className="border-t border-slate-200 pt-3 text-sm text-slate-700">
        <p>
          <span className="font-medium">{t("contact")}</span>
          {edition.contactLine}
        </p>
        <p className="mt-1 text-xs text-slate-500">{t("source")}</p>
      </footer>
    </main>
  );
}
