"use client";

import type { RouterOutputs } from "@crm/api";
import { ErrorAlert, Input } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

import { AttendeeLead } from "../event-lists";

type Attendee = RouterOutputs["promoEvent"]["byId"]["attendees"][number];

const timeOf = (at: Date | string, locale: string) =>
  new Date(at).toLocaleTimeString(locale === "en" ? "en" : "zh-CN", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Shanghai",
  });

/** Search by enterprise or person; each attendee is one big button that checks them in. */
export function CheckInList({ attendees }: { attendees: Attendee[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [q, setQ] = useState("");
  const check = useMutation(trpc.promoEvent.checkIn.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = useFormError(check.error);
  const term = q.trim().toLowerCase();
  const shown = term
    ? attendees.filter((a) => `${a.enterpriseName} ${a.person ?? ""}`.toLowerCase().includes(term))
    : attendees;
  const done = attendees.filter((a) => a.checkedInAt).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" role="status">
        {t("events.checkInCount", { done, total: attendees.length })}
      </p>
      <Input
        type="search"
        aria-label={t("events.search")}
        placeholder={t("events.search")}
        className="h-12 text-base"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <ErrorAlert>{error.summary}</ErrorAlert>
      {shown.length === 0 ? <p className="text-sm text-slate-600">{t("events.noMatch")}</p> : null}
      <ul className="space-y-2">
        {shown.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <button
              type="button"
              className={`flex min-h-14 w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left ${
                a.checkedInAt ? "bg-green-50 text-green-900" : "bg-brand-600 text-white hover:bg-brand-700"
              }`}
              disabled={check.isPending}
              aria-pressed={!!a.checkedInAt}
              onClick={() => {
                if (a.checkedInAt) return;
                check.mutate({ attendeeId: a.id, version: a.version });
              }}
            >
              <span>
                <span className="block text-base font-medium">{a.enterpriseName}</span>
                {a.person ? <span className="block text-sm">{a.person}</span> : null}
              </span>
              <span className="shrink-0 text-sm font-semibold">
                {a.checkedInAt ? t("events.checkedInAt", { time: timeOf(a.checkedInAt, locale) }) : t("events.checkIn")}
              </span>
            </button>
            <div className="mt-2 flex items-center justify-end gap-3">
              {a.checkedInAt ? (
                <button
                  type="button"
                  className="text-sm text-slate-700 underline"
                  onClick={() => check.mutate({ attendeeId: a.id, version: a.version, undo: true })}
                >
                  {t("events.undo")}
                </button>
              ) : null}
              <AttendeeLead attendee={a} canWrite />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
