"use client";

import { Alert, Badge, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, invalidProps } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import QRCode from "qrcode";
import { useEffect, useState, type FormEvent } from "react";

import { Modal } from "~/components/modal";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

export interface SecondFactorStatus {
  enrolled: boolean;
  enrolledAt: Date | null;
  required: boolean;
  recoveryCodesLeft: number;
}

const RULES = { secondFactorWrongCode: "code" } as const;

/** 双因素认证 on the account page: enrol (QR code, key, first code, recovery codes once), renew, turn off. */
export function SecondFactorCard({ status, mustEnrol }: { status: SecondFactorStatus; mustEnrol: boolean }) {
  const t = useTranslations("account.secondFactor");
  const router = useRouter();
  const [codes, setCodes] = useState<{ list: string[]; after: "enrolled" | "renewed" } | null>(null);
  const [ask, setAsk] = useState<"renew" | "disable" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const finish = () => {
    setNotice(codes?.after === "renewed" ? t("renewed") : t("enrolled"));
    setCodes(null);
    router.refresh();
  };
  return (
    <Card>
      <CardHeader title={t("title")} description={t("hint")} />
      <CardBody className="space-y-4">
        {mustEnrol && !codes ? <Alert tone="info">{t("mustEnrol")}</Alert> : null}
        {notice && !codes ? <Alert tone="success">{notice}</Alert> : null}
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone={status.enrolled ? "green" : "gray"}>{status.enrolled ? t("on") : t("off")}</Badge>
          <span>{status.required ? t("requiredNote") : t("optionalNote")}</span>
        </div>
        {codes ? (
          <RecoveryCodes codes={codes.list} onDone={finish} />
        ) : status.enrolled ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("enrolledAt")}</dt>
              <dd className="text-slate-900">
                {status.enrolledAt ? new Date(status.enrolledAt).toLocaleString("zh-CN") : "—"}
              </dd>
              <dt className="text-slate-600">{t("codesLeft")}</dt>
              <dd className="text-slate-900">{t("codesLeftValue", { count: status.recoveryCodesLeft })}</dd>
            </dl>
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => setAsk("renew")}>
                {t("renew")}
              </Button>
              {status.required ? null : (
                <Button variant="danger" onClick={() => setAsk("disable")}>
                  {t("disable")}
                </Button>
              )}
            </div>
            <CodeDialog
              kind={ask}
              onClose={() => setAsk(null)}
              onRenewed={(list) => {
                setAsk(null);
                setCodes({ list, after: "renewed" });
              }}
              onDisabled={() => {
                setAsk(null);
                setNotice(t("disabled"));
                router.refresh();
              }}
            />
          </>
        ) : (
          <Enrolment
            onEnrolled={(list) => {
              setNotice(null);
              setCodes({ list, after: "enrolled" });
            }}
          />
        )}
      </CardBody>
    </Card>
  );
}

/** Begin (a new secret), show it as a QR code and as text, confirm with a first code. */
function Enrolment({ onEnrolled }: { onEnrolled: (codes: string[]) => void }) {
  const t = useTranslations("account.secondFactor");
  const trpc = useTRPC();
  const [pending, setPending] = useState<{ secret: string; uri: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const begin = useMutation(
    trpc.account.beginSecondFactor.mutationOptions({ meta: { silent: true }, onSuccess: (r) => setPending(r) }),
  );
  const confirm = useMutation(
    trpc.account.confirmSecondFactor.mutationOptions({
      meta: { toast: "account.secondFactor.enrolled" },
      onSuccess: (r) => onEnrolled(r.recoveryCodes),
    }),
  );
  const error = useFormError(confirm.error, { shown: ["code"], rules: RULES });
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void QRCode.toDataURL(pending.uri, { margin: 1, width: 192, errorCorrectionLevel: "M" }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [pending]);
  if (!pending)
    return (
      <div className="space-y-2">
        <ErrorAlert>{begin.error ? error.summary : null}</ErrorAlert>
        <Button onClick={() => begin.mutate()} disabled={begin.isPending}>
          {begin.isPending ? t("starting") : t("start")}
        </Button>
      </div>
    );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({ code });
  };
  const codeError = error.field("code");
  // A secret in groups of four, as authenticator apps show keys.
  const grouped = pending.secret.match(/.{1,4}/g)?.join(" ") ?? pending.secret;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="space-y-3" aria-labelledby="sf-step1">
        <h3 id="sf-step1" className="text-sm font-medium text-slate-900">
          {t("step1")}
        </h3>
        {qr ? (
          <img src={qr} alt={t("qrAlt")} width={192} height={192} className="rounded-md ring-1 ring-slate-200" />
        ) : (
          <div className="size-48 animate-pulse rounded-md bg-slate-100" />
        )}
        <p className="text-sm text-slate-700">{t("manual")}</p>
        <p className="text-sm">
          <span className="sr-only">{t("manualKey")}: </span>
          <code data-testid="totp-secret" className="rounded bg-slate-100 px-2 py-1 font-mono break-all text-slate-900">
            {grouped}
          </code>
        </p>
      </section>
      <form className="space-y-3" noValidate onSubmit={onSubmit} aria-labelledby="sf-step2">
        <h3 id="sf-step2" className="text-sm font-medium text-slate-900">
          {t("step2")}
        </h3>
        {codeError ? null : <ErrorAlert>{error.summary}</ErrorAlert>}
        <Field id="code" label={t("codeLabel")} hint={t("codeHint")} error={codeError}>
          <Input
            id="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="max-w-40"
            {...invalidProps("code", codeError)}
          />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? t("confirming") : t("confirm")}
          </Button>
          <Button variant="secondary" onClick={() => setPending(null)}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The ten recovery codes, this once: copy, download, and a warning that they will not be shown again. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("account.secondFactor");
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");
  const download = () => {
    const blob = new Blob([`${t("fileTitle")}\n\n${text}\n`], { type: "text/plain;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "zhaoshangtong-recovery-codes.txt";
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <section className="space-y-3" aria-labelledby="sf-codes">
      <h3 id="sf-codes" className="text-sm font-medium text-slate-900">
        {t("codesTitle")}
      </h3>
      <div
        role="note"
        className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
      >
        {t("codesWarning")}
      </div>
      <ol data-testid="recovery-codes" className="grid max-w-md grid-cols-2 gap-2 font-mono text-sm text-slate-900">
        {codes.map((c) => (
          <li key={c} className="rounded bg-slate-100 px-2 py-1">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t("download")}
        </Button>
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
      <p role="status" className="sr-only">
        {copied ? t("copied") : ""}
      </p>
    </section>
  );
}

/** Asks for a current code before renewing the recovery codes or turning the factor off. */
function CodeDialog({
  kind,
  onClose,
  onRenewed,
  onDisabled,
}: {
  kind: "renew" | "disable" | null;
  onClose: () => void;
  onRenewed: (codes: string[]) => void;
  onDisabled: () => void;
}) {
  const t = useTranslations("account.secondFactor");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const renew = useMutation(
    trpc.account.renewRecoveryCodes.mutationOptions({
      meta: { toast: "account.secondFactor.renewed" },
      onSuccess: (r) => onRenewed(r.recoveryCodes),
    }),
  );
  const disable = useMutation(
    trpc.account.disableSecondFactor.mutationOptions({
      meta: { toast: "account.secondFactor.disabled" },
      onSuccess: onDisabled,
    }),
  );
  const m = kind === "disable" ? disable : renew;
  const error = useFormError(m.error, { shown: ["code"], rules: RULES });
  const codeError = error.field("code");
  const close = () => {
    setCode("");
    renew.reset();
    disable.reset();
    onClose();
  };
  return (
    <Modal open={kind !== null} title={kind === "disable" ? t("disableTitle") : t("renewTitle")} onClose={close}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate({ code });
        }}
      >
        <p className="text-sm text-slate-600">{kind === "disable" ? t("disableBody") : t("renewBody")}</p>
        {codeError ? null : <ErrorAlert>{error.summary}</ErrorAlert>}
        <Field id="confirm-code" label={t("codeLabel")} hint={t("codeHint")} error={codeError}>
          <Input
            id="confirm-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            maxLength={7}
            className="max-w-40"
            {...invalidProps("confirm-code", codeError)}
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant={kind === "disable" ? "danger" : "primary"} disabled={m.isPending}>
            {kind === "disable" ? t("disableConfirm") : t("renewConfirm")}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
