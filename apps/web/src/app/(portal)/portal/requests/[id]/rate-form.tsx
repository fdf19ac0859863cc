"use client";

import { Button, ErrorAlert, Field, Input, invalidProps } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** One to five stars and an optional word on how the request was handled. */
export function RateForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const rate = useMutation(trpc.request.rate.mutationOptions({ onSuccess: () => router.refresh() }));
  const formError = useFormError(rate.error, { shown: ["rating", "comment"] });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (rating) rate.mutate({ id, version, rating, comment: comment || null });
      }}
    >
      <fieldset aria-describedby={formError.field("rating") ? "rate-stars-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("portal.stars")}</legend>
        <div className="mt-1 flex gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer">
              <input
                type="radio"
                name="rating"
                value={n}
                className="peer sr-only"
                checked={rating === n}
                onChange={() => setRating(n)}
              />
              <span
                aria-hidden
                className={`block text-3xl leading-none peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 ${n <= rating ? "text-amber-400" : "text-slate-300"}`}
              >
                ★
              </span>
              <span className="sr-only">{t("portal.starN", { n })}</span>
            </label>
          ))}
        </div>
        <ErrorAlert id="rate-stars-error" inline>
          {formError.field("rating")}
        </ErrorAlert>
      </fieldset>
      <Field id="rate-comment" label={t("portal.rateComment")} error={formError.field("comment")}>
        <Input
          {...invalidProps("rate-comment", formError.field("comment"))}
          id="rate-comment"
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Field>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={!rating || rate.isPending}>
        {t("portal.submitRating")}
      </Button>
    </form>
  );
}
