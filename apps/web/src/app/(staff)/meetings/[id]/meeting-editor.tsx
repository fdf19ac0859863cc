"use client";

import { addDaysToDate, todayInShanghai } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

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
            <p className="text-sm text-slate-500">{t("meetings.noMinutes")}</p>
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
          <Textarea
            aria-label={t("meetings.minutes")}
            rows={8}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          {saveMinutes.error ? <ErrorAlert>{t(`errors.${errorKey(saveMinutes.error)}`)}</ErrorAlert> : null}
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
              <Textarea
                id="d-title"
                rows={2}
                value={d.title}
                onChange={(e) => setD({ ...d, title: e.target.value })}
                required
              />
            </Field>
            <Field id="d-unit" label={t("meetings.owner")}>
              <Select id="d-unit" value={d.unitId} onChange={(e) => setD({ ...d, unitId: e.target.value })} required>
                <option value="">{t("leads.chooseUnit")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="d-project" label={t("meetings.aboutProject")}>
              <Select id="d-project" value={d.projectId} onChange={(e) => setD({ ...d, projectId: e.target.value })}>
                <option value="">—</option>
                {agenda.map((a) => (
                  <option key={a.projectId} value={a.projectId}>
                    {a.name}
                  </option>
                ))}
              </Select>
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
            {decide.error ? <ErrorAlert>{t(`errors.${errorKey(decide.error)}`)}</ErrorAlert> : null}
            <Button type="submit" disabled={decide.isPending || d.title.trim().length < 2 || !d.unitId}>
              {t("meetings.decide")}
            </Button>
          </form>
        </CardBody>
      </Card>
    </div>
  );
}
