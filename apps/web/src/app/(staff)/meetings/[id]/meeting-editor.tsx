"use client";

import { addDaysToDate, todayInShanghai } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
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
  const minutesError = useFormError(saveMinutes.error, { shown: ["minutes"] });
  const decideError = useFormError(decide.error, { shown: ["title", "assigneeUnitId", "dueOn", "projectId"] });
  const err = (path: string) => decideError.field(path);
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
            {...invalidProps("m-minutes", minutesError.field("minutes"))}
            aria-label={t("meetings.minutes")}
            rows={8}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <ErrorAlert id="m-minutes-error" inline>
            {minutesError.field("minutes")}
          </ErrorAlert>
          <ErrorAlert>{minutesError.summary}</ErrorAlert>
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
            <Field id="d-title" label={t("meetings.decision")} error={err("title")}>
              <Textarea
                {...invalidProps("d-title", err("title"))}
                id="d-title"
                rows={2}
                value={d.title}
                onChange={(e) => setD({ ...d, title: e.target.value })}
                required
              />
            </Field>
            <Field id="d-unit" label={t("meetings.owner")} error={err("assigneeUnitId")}>
              <Select
                {...invalidProps("d-unit", err("assigneeUnitId"))}
                id="d-unit"
                value={d.unitId}
                onChange={(e) => setD({ ...d, unitId: e.target.value })}
                required
              >
                <option value="">{t("leads.chooseUnit")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="d-project" label={t("meetings.aboutProject")} error={err("projectId")}>
              <Select
                {...invalidProps("d-project", err("projectId"))}
                id="d-project"
                value={d.projectId}
                onChange={(e) => setD({ ...d, projectId: e.target.value })}
              >
                <option value="">—</option>
                {agenda.map((a) => (
                  <option key={a.projectId} value={a.projectId}>
                    {a.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="d-due" label={t("meetings.dueOn")} error={err("dueOn")}>
              <Input
                {...invalidProps("d-due", err("dueOn"))}
                id="d-due"
                type="date"
                value={d.dueOn}
                min={todayInShanghai()}
                onChange={(e) => setD({ ...d, dueOn: e.target.value })}
                required
              />
            </Field>
            <ErrorAlert>{decideError.summary}</ErrorAlert>
            <Button type="submit" disabled={decide.isPending || d.title.trim().length < 2 || !d.unitId}>
              {t("meetings.decide")}
            </Button>
          </form>
        </CardBody>
      </Card>
    </div>
  );
}
