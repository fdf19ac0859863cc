import type { RouterOutputs } from "@crm/api";
import { BULLETIN_METRICS, bulletinFigure, type BulletinColumn } from "@crm/domain";

type Content = RouterOutputs["bulletin"]["get"]["content"];

/** The bulletin's table; plain markup so the PDF renders the same rows as the page. */
export function BulletinTable({
  rows,
  ranked,
  labels,
}: {
  rows: Content["zones"];
  ranked: boolean;
  labels: Record<BulletinColumn, string>;
}) {
  return (
    <table className="min-w-full divide-y divide-slate-200 text-sm">
      <thead className="bg-slate-50">
        <tr>
          {ranked ? <th className="px-2 py-1.5 text-left font-medium text-slate-600">{labels.rank}</th> : null}
          <th className="px-2 py-1.5 text-left font-medium text-slate-600">{labels.unit}</th>
          <th className="px-2 py-1.5 text-right font-medium text-slate-600">{labels.score}</th>
          {BULLETIN_METRICS.map((m) => (
            <th key={m} className="px-2 py-1.5 text-right font-medium whitespace-nowrap text-slate-600">
              {labels[m]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.unitId}>
            {ranked ? <td className="px-2 py-1.5 font-semibold tabular-nums">{r.rank}</td> : null}
            <td className="px-2 py-1.5 whitespace-nowrap">{r.unitName}</td>
            <td className="px-2 py-1.5 text-right font-medium tabular-nums">{r.score}</td>
            {BULLETIN_METRICS.map((m) => (
              <td key={m} className="px-2 py-1.5 text-right tabular-nums">
                {bulletinFigure(m, r.figures[m])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
