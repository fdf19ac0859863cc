"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { setLocale } from "~/i18n/actions";
import { LOCALES } from "~/i18n/locales";

/** 中文 | English: stored in a cookie, the page re-renders in place. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div
      role="group"
      aria-label={t("language")}
      className="inline-flex rounded-md bg-white text-xs shadow-sm ring-1 ring-slate-200"
    >
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          disabled={pending}
          aria-pressed={l === locale}
          onClick={() =>
            start(async () => {
              await setLocale(l);
              router.refresh();
            })
          }
          className="px-2.5 py-1 first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {l === "zh-CN" ? "中文" : "English"}
        </button>
      ))}
    </div>
  );
}
