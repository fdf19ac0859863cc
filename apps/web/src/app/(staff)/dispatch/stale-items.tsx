"use client";

import type { RouterOutputs } from "@crm/api";
import { Button, Card, CardBody, CardHeader, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatters } from "~/components/format";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Stale = RouterOutputs["dispatch"]["stale"];

/**
 * 一月一调度 for the opportunity list: the unit's carriers and targets not confirmed within the
 * bureau's limit. Each is confirmed as still right with one click, or opened to be updated.
 */
export function StaleItems({
  stale,
  canConfirm,
}: {
  stale: Stale;
  canConfirm: { carriers: boolean; prospects: boolean };
}) {
  const t = useTranslations("dispatch.stale");
  const total = stale.carriers.length + stale.prospects.length;
  return (
    <Card>
      <CardHeader title={t("title", { n: total })} description={t("hint", { days: stale.freshnessDays })} />
      <CardBody>
        {total === 0 ? (
          <p className="text-sm text-green-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {stale.carriers.map((c) => (
              <StaleRow
                key={c.id}
                kind="carrier"
                href={`/opportunities/${c.id}`}
                label={`${c.code} ${c.name}`}
                verifiedOn={c.verifiedOn}
                id={c.id}
                version={c.version}
                canConfirm={canConfirm.carriers}
              />
            ))}
            {stale.prospects.map((p) => (
              <StaleRow
                key={p.id}
                kind="prospect"
                href={`/prospects/${p.id}`}
                label={p.name}
                verifiedOn={p.verifiedOn}
                id={p.id}
                version={p.version}
                canConfirm={canConfirm.prospects}
              />
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

function StaleRow(props: {
  kind: "carrier" | "prospect";
  href: string;
  label: string;
  verifiedOn: string;
  id: string;
  version: number;
  canConfirm: boolean;
}) {
  const t = useTranslations("dispatch.stale");
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const onSuccess = () => {
    setDone(true);
    router.refresh();
  };
  const carrier = useMutation(trpc.carrier.confirm.mutationOptions({ onSuccess }));
  const prospect = useMutation(trpc.prospect.confirm.mutationOptions({ onSuccess }));
  const confirm = props.kind === "carrier" ? carrier : prospect;
  const error = useFormError(confirm.error);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
      <span>
        <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(props.kind)}</span>
        <Link href={props.href} className="text-brand-700 hover:underline">
          {props.label}
        </Link>
        <span className="ml-2 text-xs text-slate-600">{t("verifiedOn", { date: f.date(props.verifiedOn) })}</span>
      </span>
      {done ? (
        <span role="status" className="text-xs text-green-700">
          {t("confirmed")}
        </span>
      ) : props.canConfirm ? (
        <Button
          type="button"
          variant="secondary"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate({ id: props.id, version: props.version })}
        >
          {t("confirm")}
        </Button>
      ) : null}
      <ErrorAlert inline>{error.summary}</ErrorAlert>
    </li>
  );
}
