"use client";

import { cn } from "@crm/ui";
import { useTranslations } from "next-intl";

/**
 * 评价: five stars, gold up to the rating given (none before one is chosen). Each star is a button
 * that gives that rating; the chosen one is pressed (aria-pressed), so the state is heard too.
 */
export function RatingStars({
  value,
  onChange,
  disabled,
}: {
  value: number | null;
  onChange: (n: number) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("tasks");
  return (
    <div role="group" aria-label={t("rate")} className="flex items-center gap-1">
      <span className="mr-2 text-sm text-slate-600">{t("rate")}</span>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          disabled={disabled}
          onClick={() => onChange(n)}
          aria-label={t("ratingLine", { n })}
          aria-pressed={value === n}
          data-lit={value !== null && n <= value ? "true" : "false"}
          className={cn("text-2xl hover:scale-110", value !== null && n <= value ? "text-amber-400" : "text-slate-300")}
        >
          ★
        </button>
      ))}
    </div>
  );
}
