import type { Stage } from "@crm/domain";
import { Table, Td, Th } from "@crm/ui";
import { useTranslations } from "next-intl";
import Link from "next/link";

interface Props {
  zones: { id: string; name: string }[];
  cells: { zoneId: string; stage: Stage; n: number }[];
  stages: readonly Stage[];
}

/** Zones down, stages across; each number opens the project list filtered to it. */
export function StageMatrix({ zones, cells, stages }: Props) {
  const t = useTranslations();
  const n = (zoneId: string, stage: Stage) => cells.find((c) => c.zoneId === zoneId && c.stage === stage)?.n ?? 0;
  const total = (stage: Stage) => cells.filter((c) => c.stage === stage).reduce((a, c) => a + c.n, 0);
  if (zones.length === 0) return <p className="px-5 text-sm text-slate-500">{t("home.noProjects")}</p>;
  return (
    <Table>
      <thead className="bg-slate-50">
        <tr>
          <Th>{t("home.zone")}</Th>
          {stages.map((s) => (
            <Th key={s} className="text-right">
              {t(`stages.${s}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {zones.map((z) => (
          <tr key={z.id}>
            <Td className="font-medium">{z.name}</Td>
            {stages.map((s) => (
              <Td key={s} className="text-right tabular-nums">
                {n(z.id, s) ? (
                  <Link className="text-brand-700 hover:underline" href={`/projects?zone=${z.id}&stage=${s}`}>
                    {n(z.id, s)}
                  </Link>
                ) : (
                  <span className="text-slate-300">0</span>
                )}
              </Td>
            ))}
          </tr>
        ))}
        {zones.length > 1 ? (
          <tr className="bg-slate-50 font-medium">
            <Td>{t("home.total")}</Td>
            {stages.map((s) => (
              <Td key={s} className="text-right tabular-nums">
                {total(s)}
              </Td>
            ))}
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
