import type { ProspectScore } from "@crm/domain";
import { useTranslations } from "next-intl";

/**
 * A target's score with its parts: chain fit + size + qualifications − risk. The total is what the
 * list ranks by; the parts say why.
 */
export function ScoreBreakdown({ score, detailed = false }: { score: ProspectScore; detailed?: boolean }) {
  const t = useTranslations("prospects");
  const parts = [
    ["chainFit", score.chainFit],
    ["size", score.size],
    ["qualifications", score.qualifications],
  ] as const;
  const label = `${t("score.total")} ${score.total}: ${parts.map(([k, v]) => `${t(`score.${k}`)} ${v}`).join(" + ")} − ${t("score.risk")} ${score.risk}`;
  if (!detailed)
    return (
      <span className="inline-flex flex-wrap items-baseline gap-x-2" aria-label={label} title={label}>
        <span className="text-base font-semibold tabular-nums">{score.total}</span>
        <span aria-hidden className="text-xs text-slate-600 tabular-nums">
          {t("score.breakdown", {
            chainFit: score.chainFit,
            size: score.size,
            qualifications: score.qualifications,
            risk: score.risk,
          })}
        </span>
      </span>
    );
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5" aria-label={label}>
      {parts.map(([k, v]) => (
        <div key={k}>
          <dt className="text-slate-500">{t(`score.${k}`)}</dt>
          <dd className="font-medium tabular-nums">+{v}</dd>
        </div>
      ))}
      <div>
        <dt className="text-slate-500">{t("score.risk")}</dt>
        <dd className="font-medium text-red-700 tabular-nums">−{score.risk}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("score.total")}</dt>
        <dd className="text-lg font-semibold tabular-nums">{score.total}</dd>
      </div>
    </dl>
  );
}
