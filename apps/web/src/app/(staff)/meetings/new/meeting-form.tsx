"use client";

import type { RouterOutputs } from "@crm/api";
import { MEETING_KINDS, todayInShanghai } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Suggestions = RouterOutputs["meeting"]["suggestions"];

/** Schedules a meeting: kind, date, chair, units, and an agenda picked from the suggestions. */
export function MeetingForm({
  suggestions,
  units,
  chairs,
}: {
  suggestions: Suggestions;
  units: { id: string; name: string; kind: string }[];
  chairs: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({
    kind: "joint" as (typeof MEETING_KINDS)[number],
    title: "",
    heldOn: todayInShanghai(),
    chairId: chairs[0]!.id,
  });
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [agenda, setAgenda] = useState<string[]>([]);
  const create = useMutation(
    trpc.meeting.create.mutationOptions({ onSuccess: (r) => router.push(`/meetings/${r.id}`) }),
  );
  const formError = useFormError(create.error, { shown: ["title", "kind", "heldOn", "chairId", "unitIds", "agenda"] });
  const err = (path: string) => formError.field(path);
  const toggle = (list: string[], set: (x: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const groups: [keyof Suggestions, string][] = [
    ["stuck", t("meetings.stuck")],
    ["notDispatched", t("meetings.notDispatched")],
    ["overdue", t("meetings.overdueTasks")],
  ];
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ ...v, unitIds, agenda: agenda.map((projectId) => ({ projectId })) });
      }}
    >
      <Card>
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Field id="m-title" label={t("meetings.title")} error={err("title")}>
            <Input
              {...invalidProps("m-title", err("title"))}
              id="m-title"
              value={v.title}
              onChange={(e) => setV({ ...v, title: e.target.value })}
              required
            />
          </Field>
          <Field id="m-kind" label={t("meetings.kind")} error={err("kind")}>
            <Select
              {...invalidProps("m-kind", err("kind"))}
              id="m-kind"
              value={v.kind}
              onChange={(e) => setV({ ...v, kind: e.target.value as typeof v.kind })}
            >
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="m-date" label={t("meetings.heldOn")} error={err("heldOn")}>
            <Input
              {...invalidProps("m-date", err("heldOn"))}
              id="m-date"
              type="date"
              value={v.heldOn}
              onChange={(e) => setV({ ...v, heldOn: e.target.value })}
              required
            />
          </Field>
          <Field id="m-chair" label={t("meetings.chair")} error={err("chairId")}>
            <Select
              {...invalidProps("m-chair", err("chairId"))}
              id="m-chair"
              value={v.chairId}
              onChange={(e) => setV({ ...v, chairId: e.target.value })}
            >
              {chairs.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("meetings.units")} />
        <CardBody>
          <fieldset
            className="flex flex-wrap gap-x-4 gap-y-2 text-sm"
            aria-describedby={err("unitIds") ? "m-units-error" : undefined}
          >
            <legend className="sr-only">{t("meetings.units")}</legend>
            {units.map((u) => (
              <label key={u.id} className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={unitIds.includes(u.id)}
                  onChange={() => toggle(unitIds, setUnitIds, u.id)}
                />
                {u.name}
              </label>
            ))}
          </fieldset>
          <ErrorAlert id="m-units-error" inline className="mt-2">
            {err("unitIds")}
          </ErrorAlert>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("meetings.agenda")} description={t("meetings.agendaHint")} />
        <CardBody className="space-y-4">
          {groups.map(([key, label]) => (
            <fieldset key={key}>
              <legend className="mb-1 text-sm font-medium text-slate-700">{label}</legend>
              {suggestions[key].length === 0 ? (
                <p className="text-sm text-slate-500">{t("meetings.noSuggestions")}</p>
              ) : null}
              <ul className="space-y-1 text-sm">
                {suggestions[key].map((p) => (
                  <li key={`${key}-${p.id}`}>
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={agenda.includes(p.id)}
                        onChange={() => toggle(agenda, setAgenda, p.id)}
                      />
                      <span>{p.name}</span>
                      <span className="text-xs text-slate-500">
                        {p.unit} · {t(`stages.${p.stage}`)}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <ErrorAlert id="m-agenda-error" inline>
            {err("agenda")}
          </ErrorAlert>
        </CardBody>
      </Card>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={create.isPending || v.title.trim().length < 2}>
        {t("meetings.create")}
      </Button>
    </form>
  );
}
