import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import type { staffApi } from "~/server/guard";

interface Props {
  api: Awaited<ReturnType<typeof staffApi>>["api"];
  /** The narrowing a drill-down set; units are zones or departments. */
  zoneId?: string;
  chainId?: string;
  unitId?: string;
  from?: string;
  to?: string;
  extra?: string[];
  clearHref: string;
}

/** A line above a list opened from a cockpit figure: what it is narrowed to, and a way back to all. */
export async function DrillNote({ api, zoneId, chainId, unitId, from, to, extra = [], clearHref }: Props) {
  if (!zoneId && !chainId && !unitId && !from && !to && extra.length === 0) return null;
  const [units, chains] = await Promise.all([
    zoneId || unitId ? api.org.assignees() : [],
    chainId ? api.org.chains() : [],
  ]);
  const t = await getTranslations("drill");
  const f = formatters(await getLocale());
  const name = (id: string | undefined, list: { id: string; name: string }[]) =>
    id ? (list.find((x) => x.id === id)?.name ?? "—") : null;
  const parts = [
    name(zoneId, units),
    name(chainId, chains),
    name(unitId, units),
    from || to ? `${from ? f.date(from) : "…"} – ${to ? f.date(to) : "…"}` : null,
    ...extra,
  ].filter(Boolean);
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900 ring-1 ring-brand-200">
      <span>{t("narrowed", { what: parts.join(" · ") })}</span>
      <Link href={clearHref} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {t("clear")}
      </Link>
    </p>
  );
}
