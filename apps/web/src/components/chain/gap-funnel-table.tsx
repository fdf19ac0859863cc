import type { GapFunnel } from "@crm/domain";
import { ScrollRegion, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";

const STEPS = ["targets", "leads", "negotiating", "signed", "landed"] as const satisfies readonly (keyof GapFunnel)[];

/**
 * 一单一图谱's gap loop per chain: how many target enterprises, how many became leads, and how far
 * their projects got (在谈 → 签约 → 落地). Counts only; each chain's name opens its map when `linked`.
 */
export async function GapFunnelTable({
  rows,
  linked,
}: {
  rows: ({ code: string; name: string } & GapFunnel)[];
  linked: boolean;
}) {
  const t = await getTranslations("chainMap.gapTable");
  const f = formatters(await getLocale());
  const total = rows.reduce<GapFunnel>(
    (sum, r) => Object.fromEntries(STEPS.map((s) => [s, sum[s] + r[s]])) as unknown as GapFunnel,
    { targets: 0, leads: 0, negotiating: 0, signed: 0, landed: 0 },
  );
  return (
    <ScrollRegion label={t("title")}>
      <Table>
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <Th>{t("chain")}</Th>
            {STEPS.map((s) => (
              <Th key={s} className="text-right">
                {t(s)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.code}>
              <Td>
                {linked ? (
                  <Link href={`/chains/${r.code}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </Td>
              {STEPS.map((s) => (
                <Td key={s} className="text-right tabular-nums">
                  {f.count(r[s])}
                </Td>
              ))}
            </tr>
          ))}
          <tr className="bg-slate-50 font-medium">
            <Td>{t("total")}</Td>
            {STEPS.map((s) => (
              <Td key={s} className="text-right tabular-nums">
                {f.count(total[s])}
              </Td>
            ))}
          </tr>
        </tbody>
      </Table>
    </ScrollRegion>
  );
}
