"use client";

import type { RouterOutputs } from "@crm/api";
import {
  Badge,
  Button,
  Card,
  CardBody,
  CardHeader,
  ErrorAlert,
  Input,
  invalidProps,
  Select,
  Table,
  Td,
  Th,
} from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Item = RouterOutputs["approval"]["dictionary"]["items"][number];
type Draft = {
  id?: string;
  version?: number;
  name: string;
  departmentId: string;
  timeLimitDays: number;
  active: boolean;
};

/** The dictionary as a table; a row becomes a form to edit it, and a blank row adds one. */
export function DictionaryEditor({
  items,
  departments,
}: {
  items: Item[];
  departments: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const blank: Draft = { name: "", departmentId: departments[0]?.id ?? "", timeLimitDays: 10, active: true };
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useMutation(
    trpc.approval.saveItem.mutationOptions({ onSuccess: () => (setDraft(null), router.refresh()) }),
  );
  const formError = useFormError(save.error, {
    shown: ["name", "departmentId", "timeLimitDays"],
    rules: { approvalNameTaken: "name" },
  });
  /** The row's control and, under it in its cell, what the server refused of it. */
  const refused = (path: "name" | "departmentId" | "timeLimitDays") => ({
    props: invalidProps(`dict-${path}`, formError.field(path)),
    line: (
      <ErrorAlert id={`dict-${path}-error`} inline className="mt-1 text-xs">
        {formError.field(path)}
      </ErrorAlert>
    ),
  });
  const editing = (id?: string) => draft !== null && draft.id === id;
  const row = (d: Draft) => (
    <tr key={d.id ?? "new"} className="bg-brand-50/40">
      <Td>
        <Input
          {...refused("name").props}
          aria-label={t("dictionary.name")}
          value={d.name}
          maxLength={40}
          onChange={(e) => setDraft({ ...d, name: e.target.value })}
          autoFocus
        />
        {refused("name").line}
      </Td>
      <Td>
        <Select
          {...refused("departmentId").props}
          aria-label={t("dictionary.department")}
          size="sm"
          className="w-full"
          value={d.departmentId}
          onChange={(e) => setDraft({ ...d, departmentId: e.target.value })}
        >
          {departments.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
        {refused("departmentId").line}
      </Td>
      <Td>
        <Input
          {...refused("timeLimitDays").props}
          aria-label={t("dictionary.days")}
          type="number"
          min={1}
          max={180}
          className="w-24"
          value={d.timeLimitDays}
          onChange={(e) => setDraft({ ...d, timeLimitDays: Number(e.target.value) || 1 })}
        />
        {refused("timeLimitDays").line}
      </Td>
      <Td>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={d.active} onChange={(e) => setDraft({ ...d, active: e.target.checked })} />
          {t("dictionary.active")}
        </label>
      </Td>
      <Td className="text-right whitespace-nowrap">
        <Button size="sm" disabled={save.isPending || d.name.trim().length < 2} onClick={() => save.mutate(d)}>
          {t("common.save")}
        </Button>{" "}
        <Button size="sm" variant="secondary" onClick={() => (setDraft(null), save.reset())}>
          {t("common.cancel")}
        </Button>
      </Td>
    </tr>
  );
  return (
    <Card>
      <CardHeader
        title={t("dictionary.items")}
        action={
          <Button size="sm" variant="secondary" disabled={draft !== null} onClick={() => setDraft(blank)}>
            {t("dictionary.add")}
          </Button>
        }
      />
      {formError.summary ? (
        <CardBody>
          <ErrorAlert>{formError.summary}</ErrorAlert>
        </CardBody>
      ) : null}
      <Table>
        <thead className="bg-slate-50">
          <tr>
            <Th>{t("dictionary.name")}</Th>
            <Th>{t("dictionary.department")}</Th>
            <Th>{t("dictionary.days")}</Th>
            <Th>{t("dictionary.state")}</Th>
            <Th>
              <span className="sr-only">{t("admin.actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {draft && !draft.id ? row(draft) : null}
          {items.map((i) =>
            editing(i.id) ? (
              row(draft!)
            ) : (
              <tr key={i.id}>
                <Td className="font-medium">{i.name}</Td>
                <Td>{i.department}</Td>
                <Td className="tabular-nums">{t("dictionary.daysN", { n: i.timeLimitDays })}</Td>
                <Td>
                  {i.active ? (
                    <Badge tone="green">{t("dictionary.active")}</Badge>
                  ) : (
                    <Badge>{t("dictionary.retired")}</Badge>
                  )}
                </Td>
                <Td className="text-right">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={draft !== null}
                    onClick={() =>
                      setDraft({
                        id: i.id,
                        version: i.version,
                        name: i.name,
                        departmentId: i.departmentId,
                        timeLimitDays: i.timeLimitDays,
                        active: i.active,
                      })
                    }
                  >
                    {t("common.edit")}
                  </Button>
                </Td>
              </tr>
            ),
          )}
        </tbody>
      </Table>
    </Card>
  );
}
