"use client";

import type { RouterOutputs } from "@crm/api";
import { Button } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { atText } from "~/components/at-text";
import { Modal } from "~/components/modal";

export type AuditItem = RouterOutputs["audit"]["list"]["items"][number];

const show = (v: unknown) =>
  v === undefined ? "" : v === null ? "null" : typeof v === "string" ? v : JSON.stringify(v);
const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : v === null ? {} : { value: v };

/** One row of the log: who, when, from where, and its values before and after, field by field. */
export function EntryDialog({ item, onClose }: { item: AuditItem | null; onClose: () => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const before = asRecord(item?.before ?? null);
  const after = asRecord(item?.after ?? null);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <Modal
      open={item !== null}
      title={item ? `${item.action} · ${item.entity}` : ""}
      onClose={onClose}
      footer={
        <Button variant="secondary" onClick={onClose}>
          {t("common.close")}
        </Button>
      }
    >
      {item ? (
        <div className="space-y-3 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700">
            <dt className="text-slate-500">{t("audit.at")}</dt>
            <dd>{atText(item.at, locale)}</dd>
            <dt className="text-slate-500">{t("audit.person")}</dt>
            <dd className="break-all">{item.actorName ?? item.actorId ?? t("audit.nobody")}</dd>
            <dt className="text-slate-500">{t("audit.record")}</dt>
            <dd className="break-all">
              {item.record ?? "—"} {item.entityId ? <span className="text-slate-500">({item.entityId})</span> : null}
            </dd>
            <dt className="text-slate-500">{t("audit.ip")}</dt>
            <dd className="break-all">{item.ip ?? "—"}</dd>
            {item.userAgent ? (
              <>
                <dt className="text-slate-500">{t("audit.userAgent")}</dt>
                <dd className="text-xs break-all">{item.userAgent}</dd>
              </>
            ) : null}
          </dl>
          {item.withheld ? (
            <p className="text-slate-600">{t("audit.withheld")}</p>
          ) : keys.length === 0 ? (
            <p className="text-slate-600">{t("audit.noValues")}</p>
          ) : (
            <div
              className="max-h-80 overflow-auto rounded ring-1 ring-slate-200"
              role="region"
              aria-label={t("audit.diff")}
              tabIndex={0}
            >
              <table className="w-full text-xs">
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      {t("audit.field")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("audit.before")}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {t("audit.after")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {keys.map((k) => {
                    const changed = show(before[k]) !== show(after[k]);
                    return (
                      <tr key={k} className={changed ? "bg-amber-50" : undefined}>
                        <th scope="row" className="px-2 py-1 text-left font-medium text-slate-700">
                          {k}
                        </th>
                        <td className="px-2 py-1 break-all text-slate-700">{show(before[k])}</td>
                        <td className="px-2 py-1 break-all text-slate-900">{show(after[k])}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ) : null}
    </Modal>
  );
}
