"use client";

import type { ErrorKey, FieldIssue } from "@crm/domain";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import { errorKey } from "./errors";

/** The fields a failed call's input schema refused (empty for any other failure). */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { fields?: FieldIssue[] | null } | undefined;
  return data?.fields ?? [];
}

/**
 * The field a rule's refusal is about, by the server's error key: a taken account name belongs under
 * the name, a weekend "holiday" under the day. Zod's refusals name their field themselves.
 */
export type RuleFields = Partial<Record<ErrorKey, string>>;

/** A failed call's refusals by field: the schema's, and the rule's when the form names its field. */
function issuesOf(error: unknown, rules: RuleFields = {}): FieldIssue[] {
  const key = errorKey(error);
  const path = key === "unknown" ? undefined : rules[key];
  return [...fieldIssuesOf(error), ...(path ? [{ path, key: `errors.${key}` }] : [])];
}

export interface FormError {
  /** The message for the form as a whole: null when there is nothing to say. */
  summary: string | null;
  /** The message under one field, by the input's path ("signedAmount"). */
  field: (path: string) => string | undefined;
}

/**
 * What a failed save says, where it belongs: each refused field's message (in the page's language)
 * under that field, and one line for the form. With a react-hook-form form the field messages are
 * set on the form itself (`setError`), so its fields show them like their own checks. `shown` lists
 * the paths the form displays; a refused field that is not shown is named in the summary instead.
 * `rules` places a rule's refusal (an error key the server sends, not a schema's) under its field.
 */
export function useFormError<T extends FieldValues>(
  error: unknown,
  opts: { form?: UseFormReturn<T>; shown?: readonly string[]; rules?: RuleFields } = {},
): FormError {
  const t = useTranslations();
  const issues = issuesOf(error, opts.rules);
  // A schema's own key is worded under "validation" (or where its feature keeps it); the rest are generic.
  const text = (i: FieldIssue) => {
    const params = i.params ?? {};
    if (i.key.includes(".")) {
      if (t.has(`validation.${i.key}`)) return t(`validation.${i.key}`, params);
      if (t.has(i.key)) return t(i.key, params);
      return t("forms.fieldErrors.invalid");
    }
    return t(`forms.fieldErrors.${i.key}`, params);
  };
  const { form } = opts;
  const shown = opts.shown ?? (form ? Object.keys(form.getValues()) : []);
  const isShown = (i: FieldIssue) => shown.some((s) => i.path === s || i.path.startsWith(`${s}.`));
  useEffect(() => {
    if (!form) return;
    for (const i of issuesOf(error, opts.rules))
      if (isShown(i)) form.setError(i.path as Path<T>, { type: "server", message: text(i) });
  }, [error, form]);
  if (!error) return { summary: null, field: () => undefined };
  const onFields = issues.filter(isShown);
  const elsewhere = issues.filter((i) => !isShown(i));
  const summary = onFields.length
    ? [t("forms.checkFields"), ...elsewhere.map(text)].join(" ")
    : elsewhere.length
      ? elsewhere.map(text).join(" ")
      : t(`errors.${errorKey(error)}`);
  return {
    summary,
    field: (path) => {
      // A field shown as one ("attachments") carries its parts' refusals ("attachments.0.base64").
      const i = onFields.find((x) => x.path === path) ?? onFields.find((x) => x.path.startsWith(`${path}.`));
      return i ? text(i) : undefined;
    },
  };
}

/** A react-hook-form field error as text: the server's message as sent, the form's own otherwise. */
export function shownError(
  error: { type?: string | number; message?: string } | undefined,
  own: () => string,
): string | undefined {
  if (!error) return undefined;
  return error.type === "server" && error.message ? error.message : own();
}

/**
 * A react-hook-form field error in the page's language: the server's message as sent, a schema's
 * message key ("chainMap.nameRequired") worded under `validation`, anything else as "invalid".
 */
export function useFieldMessage() {
  const t = useTranslations();
  return (error: { type?: string | number; message?: string } | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.type === "server" && error.message) return error.message;
    const key = error.message;
    if (key && t.has(`validation.${key}`)) return t(`validation.${key}` as "validation.password.required");
    return t("forms.fieldErrors.invalid");
  };
}
