"use client";

import { addDaysToDate, CONVERT_STAGES, todayInShanghai, type ConvertStage } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

interface Props {
  lead: {
    id: string;
    version: number;
    enterpriseName: string;
    assigneeUnitId: string | null;
    intendedAmount: string | null;
    chainId: string | null;
  };
  assignees: { id: string; name: string; kind: string }[];
  zones: { id: string; name: string }[];
  chains: { id: string; name: string }[];
  canConvert: boolean;
}

/** Assign (the bureau), convert into a project or drop (the assignee or the bureau). */
export function LeadActions({ lead, assignees, zones, chains, canConvert }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => router.refresh() };
  const assign = useMutation(trpc.lead.assign.mutationOptions(done));
  const drop = useMutation(trpc.lead.drop.mutationOptions(done));
  const convert = useMutation(
    trpc.lead.convert.mutationOptions({ onSuccess: (r) => router.push(`/projects/${r.projectId}`) }),
  );
  const [a, setA] = useState({ unit: lead.assigneeUnitId ?? "", dueOn: addDaysToDate(todayInShanghai(), 30) });
  const [c, setC] = useState({
    projectName: `${lead.enterpriseName.replace(/(股份)?有限(责任)?公司$/, "")}项目`,
    zoneId: zones.length === 1 ? zones[0]!.id : "",
    stage: "negotiating" as ConvertStage,
    on: todayInShanghai(),
    plannedAmount: lead.intendedAmount ?? "",
    chainId: lead.chainId ?? "",
  });
  const [reason, setReason] = useState("");
  // A drop without a reason is refused here (and by the server) beside the reason, not by a grey button.
  const [dropTried, setDropTried] = useState(false);
  const assignError = useFormError(assign.error, { shown: ["assigneeUnitId", "dueOn"] });
  const convertError = useFormError(convert.error, {
    shown: ["projectName", "zoneId", "chainId", "stage", "on", "plannedAmount"],
    rules: { ownZoneOnly: "zoneId" },
  });
  const dropError = useFormError(drop.error, { shown: ["reason"] });
  const reasonError =
    dropTried && reason.trim().length < 2 ? t("validation.lead.reasonRequired") : dropError.field("reason");

  return (
    <>
      {assignees.length ? (
        <Card>
          <CardHeader title={t("leads.assign")} />
          <CardBody>
            <form
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                assign.mutate({ id: lead.id, version: lead.version, assigneeUnitId: a.unit, dueOn: a.dueOn });
              }}
            >
              <Field id="assign-unit" label={t("leads.assignee")} error={assignError.field("assigneeUnitId")}>
                <Select
                  {...invalidProps("assign-unit", assignError.field("assigneeUnitId"))}
                  id="assign-unit"
                  value={a.unit}
                  onChange={(e) => setA({ ...a, unit: e.target.value })}
                  required
                >
                  <option value="">{t("leads.chooseUnit")}</option>
                  {assignees.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="assign-due" label={t("leads.dueOn")} error={assignError.field("dueOn")}>
                <Input
                  {...invalidProps("assign-due", assignError.field("dueOn"))}
                  id="assign-due"
                  type="date"
                  value={a.dueOn}
                  min={todayInShanghai()}
                  onChange={(e) => setA({ ...a, dueOn: e.target.value })}
                  required
                />
              </Field>
              <ErrorAlert>{assignError.summary}</ErrorAlert>
              <Button type="submit" disabled={!a.unit || assign.isPending}>
                {t("leads.assignSubmit")}
              </Button>
            </form>
          </CardBody>
        </Card>
      ) : null}
      {canConvert ? (
        <Card>
          <CardHeader title={t("leads.convert")} />
          <CardBody>
            <form
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                convert.mutate({
                  id: lead.id,
                  version: lead.version,
                  projectName: c.projectName,
                  zoneId: c.zoneId,
                  stage: c.stage,
                  on: c.on,
                  plannedAmount: c.plannedAmount || null,
                  chainId: c.chainId || null,
                });
              }}
            >
              <Field id="convert-name" label={t("projects.name")} error={convertError.field("projectName")}>
                <Input
                  {...invalidProps("convert-name", convertError.field("projectName"))}
                  id="convert-name"
                  value={c.projectName}
                  onChange={(e) => setC({ ...c, projectName: e.target.value })}
                  required
                />
              </Field>
              <Field id="convert-zone" label={t("projects.zone")} error={convertError.field("zoneId")}>
                <Select
                  {...invalidProps("convert-zone", convertError.field("zoneId"))}
                  id="convert-zone"
                  value={c.zoneId}
                  onChange={(e) => setC({ ...c, zoneId: e.target.value })}
                  required
                >
                  <option value="">{t("leads.chooseUnit")}</option>
                  {zones.map((z) => (
                    <option key={z.id} value={z.id}>
                      {z.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="convert-chain" label={t("projects.chain")} error={convertError.field("chainId")}>
                <Select
                  {...invalidProps("convert-chain", convertError.field("chainId"))}
                  id="convert-chain"
                  value={c.chainId}
                  onChange={(e) => setC({ ...c, chainId: e.target.value })}
                >
                  <option value="">{t("leads.noChain")}</option>
                  {chains.map((ch) => (
                    <option key={ch.id} value={ch.id}>
                      {ch.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className="grid grid-cols-2 gap-3">
                <Field id="convert-stage" label={t("projects.stage")} error={convertError.field("stage")}>
                  <Select
                    {...invalidProps("convert-stage", convertError.field("stage"))}
                    id="convert-stage"
                    value={c.stage}
                    onChange={(e) => setC({ ...c, stage: e.target.value as typeof c.stage })}
                  >
                    {CONVERT_STAGES.map((s) => (
                      <option key={s} value={s}>
                        {t(`stages.${s}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field id="convert-on" label={t("stageMove.on")} error={convertError.field("on")}>
                  <Input
                    {...invalidProps("convert-on", convertError.field("on"))}
                    id="convert-on"
                    type="date"
                    value={c.on}
                    max={todayInShanghai()}
                    onChange={(e) => setC({ ...c, on: e.target.value })}
                    required
                  />
                </Field>
              </div>
              <Field
                id="convert-amount"
                label={t("projects.plannedAmountWan")}
                error={convertError.field("plannedAmount")}
              >
                <Input
                  {...invalidProps("convert-amount", convertError.field("plannedAmount"))}
                  id="convert-amount"
                  inputMode="decimal"
                  value={c.plannedAmount}
                  onChange={(e) => setC({ ...c, plannedAmount: e.target.value })}
                />
              </Field>
              <ErrorAlert>{convertError.summary}</ErrorAlert>
              <Button type="submit" disabled={!c.zoneId || convert.isPending}>
                {t("leads.convertSubmit")}
              </Button>
            </form>
          </CardBody>
        </Card>
      ) : null}
      {canConvert ? (
        <Card>
          <CardHeader title={t("leads.drop")} />
          <CardBody>
            <form
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                setDropTried(true);
                if (reason.trim().length < 2) return;
                if (window.confirm(t("leads.dropConfirm"))) drop.mutate({ id: lead.id, version: lead.version, reason });
              }}
              noValidate
            >
              <Field id="drop-reason" label={t("leads.dropReason")} error={reasonError}>
                <Input
                  {...invalidProps("drop-reason", reasonError)}
                  id="drop-reason"
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  maxLength={500}
                  required
                />
              </Field>
              <ErrorAlert>{dropError.summary}</ErrorAlert>
              <Button type="submit" variant="secondary" disabled={drop.isPending}>
                {t("leads.dropSubmit")}
              </Button>
            </form>
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
