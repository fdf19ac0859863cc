"use client";

import { Select } from "@crm/ui";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";

import type { CockpitData, CockpitLook } from "./types";

/** The cockpit's filters, kept in the URL: year, zone (fixed for a zone task force), chain. */
export function CockpitFilters({ data, years, look }: { data: CockpitData; years: number[]; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const router = useRouter();
  const pathname = usePathname();
  const go = (next: { year?: number; zone?: string | null; chain?: string | null }) => {
    const p = new URLSearchParams();
    p.set("year", String(next.year ?? data.year));
    const zone = next.zone === undefined ? data.zoneId : next.zone;
    const chain = next.chain === undefined ? data.chainId : next.chain;
    if (zone && !data.zoneLocked) p.set("zone", zone);
    if (chain) p.set("chain", chain);
    router.push(`${pathname}?${p}`);
  };
  const tone = look === "screen" ? "bg-slate-800 text-slate-100 ring-slate-600" : "bg-white";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        aria-label={t("year")}
        size="sm"
        className={tone}
        value={data.year}
        onChange={(e) => go({ year: Number(e.target.value) })}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {t("yearOption", { year: y })}
          </option>
        ))}
      </Select>
      {data.zoneLocked ? null : (
        <Select
          aria-label={t("zone")}
          size="sm"
          className={tone}
          value={data.zoneId ?? ""}
          onChange={(e) => go({ zone: e.target.value || null })}
        >
          <option value="">{t("allZones")}</option>
          {data.zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </Select>
      )}
      <Select
        aria-label={t("chain")}
        size="sm"
        className={tone}
        value={data.chainId ?? ""}
        onChange={(e) => go({ chain: e.target.value || null })}
      >
        <option value="">{t("allChains")}</option>
        {data.chains.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
