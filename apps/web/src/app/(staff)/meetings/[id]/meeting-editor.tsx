"use client";

import { addDaysToDate, todayInShanghai } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, Field, Input } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

const area =
  "block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600";
const select = "block w-full rounded-md border-0 py-2 pl-3 text-sm ring-1 ring-slate-300 ring-inset";

interface Props {
  meeting: { id: string; version: number; minutes: string };
  units: { id: string; name: string }[];
  agenda: { projectId: string; name: string }[];
  canWrite: boolean;
}

/** Minutes (kept with a version) and decisions: each decision with an owner and a date becomes a task. */
export function MeetingEditor({ meeting, units, agenda, canWrite }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [minutes, setMinutes] = useState(meeting.minutes);
  // The minutes' version moves on with each save here, so the page's refresh never has to remount
  // this form (which would drop a decision being typed meanwhile).
  const [version, setVersion] = useState(meeting.version);
  const [d, setD] = useState({ title: "", unitId: "", dueOn: addDaysToDate(todayInShanghai(), 10), projectId: "" });
  const saveMinutes = useMutation(
    trpc.meeting.minutes.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        router.refresh();
      },
    }),
  );
  const decide = useMutation(
    trpc.meeting.decide.mutationOptions({
      onSuccess: () => {
        setD({ ...d, title: "" });
        router.refresh();
      },
    }),
  );
  if (!canWrite) {
    return (
      <Card>
        <CardHeader title={t("meetings.minutes")} />
        <CardBody>
          {meeting.minutes ? (
            <p className="text-sm whitespace-pre-wrap">{meeting.minutes}</p>
          ) : (
            <p className="text-sm text-slate-400">{t("meetings.noMinutes")}</p>
          )}
        </CardBody>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("meetings.minutes")} />
        <CardBody className="space-y-2">
          <textarea
            aria-label={t("meetings.minutes")}
            rows={8}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            className={area}
          />
          {saveMinutes.error ? <Alert>{t(`errors.${errorKey(saveMinutes.error)}`)}</Alert> : null}
          <Button
            size="sm"
            disabled={saveMinutes.isPending}
            onClick={() => saveMinutes.mutate({ id: meeting.id, version, minutes })}
          >
            {t("meetings.saveMinutes")}
          </Button>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("meetings.addDecision")} />
        <CardBody>
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              decide.mutate({
                meetingId: meeting.id,
                title: d.title,
                assigneeUnitId: d.unitId,
                dueOn: d.dueOn,
                projectId: d.projectId || null,
              });
            }}
          >
            <Field id="d-title" label={t("meetings.decision")}>
              <textarea
                id="d-title"
                rows={2}
                value={d.title}
                onChange={(e) => setD({ ...d, title: e.target.value })}
                className={area}
                required
              />
            </Field>
            <Field id="d-unit" label={t("meetings.owner")}>
              <select
                id="d-unit"
                value={d.unitId}
                onChange={(e) => setD({ ...d, unitId: e.target.value })}
                className={select}
                required
              >
                <option value="">{t("leads.chooseUnit")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="d-project" label={t("meetings.aboutProject")}>
              <select
                id="d-project"
                value={d.projectId}
                onChange={(e) => setD({ ...d, projectId: e.target.value })}
                className={select}
              >
                <option value="">—</option>
                {agenda.map((a) => (
                  <option key={a.projectId} value={a.projectId}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="d-due" label={t("meetings.dueOn")}>
              <Input
                id="d-due"
                type="date"
                value={d.dueOn}
                min={todayInShanghai()}
                onChange={(e) => setD({ ...d, dueOn: e.target.value })}
                required
              />
            </Field>
            {decide.error ? <Alert>{t(`errors.${errorKey(decide.error)}`)}</Alert> : null}
            <Button type="submit" disabled={decide.isPending || d.title.trim().length < 2 || !d.unitId}>
              {t("meetings.decide")}
            </Button>
          </form>
        </CardBody>
      </Card>
    </div>
  );
}
