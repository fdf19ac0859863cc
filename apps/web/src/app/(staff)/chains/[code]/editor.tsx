"use client";

import {
  AddChainNodeInput,
  CHAIN_STRENGTHS,
  CHAIN_TIERS,
  LinkChainNodesInput,
  OverrideChainStrengthInput,
  RenameChainNodeInput,
} from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, Select, Textarea } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { ConfirmDialog } from "~/components/confirm-dialog";
import type { ChainMapData } from "~/lib/chain-layout";
import { errorKey } from "~/trpc/errors";
import { useFieldMessage, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

import type { NodeData } from "./types";

/** After an edit: the panel and the map read again, and the step is confirmed in words. */
function useAfterEdit(setDone: (key: string) => void) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const router = useRouter();
  return (key: string) => {
    setDone(key);
    void client.invalidateQueries({ queryKey: trpc.chain.node.queryKey() });
    router.refresh();
  };
}

/** A new node in a tier of the chain (sub-nodes are added from their parent's panel). */
export function AddNodeForm({ map }: { map: ChainMapData }) {
  const t = useTranslations("chainMap.edit");
  const fieldMessage = useFieldMessage();
  const tier = useTranslations("chainMap.tier");
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const after = useAfterEdit(setDone);
  type V = z.input<typeof AddChainNodeInput>;
  const form = useForm<V, unknown, z.output<typeof AddChainNodeInput>>({
    resolver: zodResolver(AddChainNodeInput),
    defaultValues: { chainId: map.chain.id, tier: "downstream", parentId: null, name: "" },
  });
  const add = useMutation(
    trpc.chain.addNode.mutationOptions({
      onSuccess: () => {
        form.reset({ ...form.getValues(), name: "" });
        after("added");
      },
    }),
  );
  const error = useFormError(add.error, { form, shown: ["tier", "name"] });
  return (
    <form
      noValidate
      className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
      onSubmit={form.handleSubmit((v) => add.mutate(v))}
      aria-label={t("addTitle")}
    >
      <Field id="add-tier" label={t("tier")} error={fieldMessage(form.formState.errors.tier)}>
        <Select id="add-tier" {...form.register("tier")}>
          {CHAIN_TIERS.map((x) => (
            <option key={x} value={x}>
              {tier(x)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="add-name" label={t("name")} error={fieldMessage(form.formState.errors.name)}>
        <Input id="add-name" {...form.register("name")} />
      </Field>
      <Button type="submit" disabled={add.isPending}>
        {t("add")}
      </Button>
      <div className="sm:col-span-3">
        <ErrorAlert>{error.summary}</ErrorAlert>
        {done ? <Alert tone="success">{t(`ok.${done}`)}</Alert> : null}
      </div>
    </form>
  );
}

/**
 * The bureau's edits of one node: rename, move up or down, add a sub-node, link to or unlink from
 * another node, override the strength with a reason, retire (after a confirmation). Each names the
 * version read; a stale copy is refused (CONFLICT) and says so.
 */
export function NodeEditor({ data, map, onRetired }: { data: NodeData; map: ChainMapData; onRetired: () => void }) {
  const t = useTranslations("chainMap.edit");
  const fieldMessage = useFieldMessage();
  const strengthWord = useTranslations("chainMap.strength");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const after = useAfterEdit(setDone);
  const node = data.node;
  const ref = { id: node.id, version: node.version };

  const rename = useForm<z.input<typeof RenameChainNodeInput>, unknown, z.output<typeof RenameChainNodeInput>>({
    resolver: zodResolver(RenameChainNodeInput),
    values: { ...ref, name: node.name },
  });
  const override = useForm<
    z.input<typeof OverrideChainStrengthInput>,
    unknown,
    z.output<typeof OverrideChainStrengthInput>
  >({
    resolver: zodResolver(OverrideChainStrengthInput),
    values: {
      ...ref,
      strength: data.strength.override?.strength ?? null,
      reason: data.strength.override?.reason ?? "",
    },
  });
  const link = useForm<z.input<typeof LinkChainNodesInput>, unknown, z.output<typeof LinkChainNodesInput>>({
    resolver: zodResolver(LinkChainNodesInput),
    values: { ...ref, toId: "" },
  });
  const sub = useForm<z.input<typeof AddChainNodeInput>, unknown, z.output<typeof AddChainNodeInput>>({
    resolver: zodResolver(AddChainNodeInput),
    values: { chainId: node.chainId, tier: node.tier, parentId: node.id, name: "" },
  });

  const m = {
    rename: useMutation(trpc.chain.renameNode.mutationOptions({ onSuccess: () => after("renamed") })),
    reorder: useMutation(trpc.chain.reorderNode.mutationOptions({ onSuccess: () => after("moved") })),
    link: useMutation(trpc.chain.linkNodes.mutationOptions({ onSuccess: () => after("linked") })),
    unlink: useMutation(trpc.chain.unlinkNodes.mutationOptions({ onSuccess: () => after("unlinked") })),
    sub: useMutation(trpc.chain.addNode.mutationOptions({ onSuccess: () => after("added") })),
    override: useMutation(trpc.chain.overrideStrength.mutationOptions({ onSuccess: () => after("overridden") })),
    retire: useMutation(
      trpc.chain.retireNode.mutationOptions({
        onSuccess: () => {
          after("retired");
          onRetired();
        },
      }),
    ),
  };
  const renameError = useFormError(m.rename.error, { form: rename, shown: ["name"] });
  const overrideError = useFormError(m.override.error, { form: override, shown: ["strength", "reason"] });
  const linkError = useFormError(m.link.error, { form: link, shown: ["toId"] });
  const subError = useFormError(m.sub.error, { form: sub, shown: ["name"] });
  const otherError = m.reorder.error ?? m.unlink.error ?? m.retire.error;
  const linked = new Set(data.supplies.map((n) => n.id));
  const targets = map.nodes.filter((n) => n.id !== node.id && !n.retired && !linked.has(n.id));

  return (
    <section className="space-y-4 rounded border border-blue-200 bg-blue-50/40 p-3" aria-label={t("title")}>
      <h3 className="text-sm font-semibold text-blue-900">{t("title")}</h3>
      {done ? (
        <Alert tone="success">
          <span data-testid="edit-done">{t(`ok.${done}`)}</span>
        </Alert>
      ) : null}
      <ErrorAlert>{otherError ? tAll(`errors.${errorKey(otherError)}`) : null}</ErrorAlert>

      <form
        noValidate
        className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
        onSubmit={rename.handleSubmit((v) => m.rename.mutate(v))}
      >
        <Field id="rename-name" label={t("rename")} error={fieldMessage(rename.formState.errors.name)}>
          <Input id="rename-name" {...rename.register("name")} />
        </Field>
        <Button type="submit" variant="secondary" disabled={m.rename.isPending}>
          {t("save")}
        </Button>
        <div className="sm:col-span-2">
          <ErrorAlert>{renameError.summary}</ErrorAlert>
        </div>
      </form>

      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => m.reorder.mutate({ ...ref, direction: "up" })}>
          {t("up")}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => m.reorder.mutate({ ...ref, direction: "down" })}>
          {t("down")}
        </Button>
      </div>

      <form
        noValidate
        className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
        onSubmit={sub.handleSubmit((v) =>
          m.sub.mutate(v, { onSuccess: () => sub.reset({ ...sub.getValues(), name: "" }) }),
        )}
      >
        <Field id="sub-name" label={t("addSub")} error={fieldMessage(sub.formState.errors.name)}>
          <Input id="sub-name" {...sub.register("name")} />
        </Field>
        <Button type="submit" variant="secondary" disabled={m.sub.isPending}>
          {t("add")}
        </Button>
        <div className="sm:col-span-2">
          <ErrorAlert>{subError.summary}</ErrorAlert>
        </div>
      </form>

      <form
        noValidate
        className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
        onSubmit={link.handleSubmit((v) => m.link.mutate(v))}
      >
        <Field id="link-to" label={t("linkTo")} error={fieldMessage(link.formState.errors.toId)}>
          <Select id="link-to" {...link.register("toId")}>
            <option value="">{t("pick")}</option>
            {targets.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary" disabled={m.link.isPending}>
          {t("link")}
        </Button>
        <div className="sm:col-span-2">
          <ErrorAlert>{linkError.summary}</ErrorAlert>
        </div>
      </form>
      {data.supplies.length ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {data.supplies.map((n) => (
            <li key={n.id}>
              <Button size="sm" variant="secondary" onClick={() => m.unlink.mutate({ ...ref, toId: n.id })}>
                {t("unlink", { name: n.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      <form noValidate className="grid gap-2" onSubmit={override.handleSubmit((v) => m.override.mutate(v))}>
        <Field id="override-strength" label={t("override")} error={fieldMessage(override.formState.errors.strength)}>
          <Select
            id="override-strength"
            {...override.register("strength", { setValueAs: (v: string | null) => (v ? v : null) })}
          >
            <option value="">{t("byRule")}</option>
            {CHAIN_STRENGTHS.map((s) => (
              <option key={s} value={s}>
                {strengthWord(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="override-reason" label={t("reason")} error={fieldMessage(override.formState.errors.reason)}>
          <Textarea id="override-reason" rows={2} {...override.register("reason")} />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={m.override.isPending}>
            {t("save")}
          </Button>
        </div>
        <ErrorAlert>{overrideError.summary}</ErrorAlert>
      </form>

      <div>
        <Button variant="danger" size="sm" onClick={() => setAsking(true)}>
          {t("retire")}
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t("retireTitle", { name: node.name })}
        body={t("retireConfirm")}
        confirmLabel={t("retire")}
        danger
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          m.retire.mutate(ref);
        }}
      />
    </section>
  );
}
