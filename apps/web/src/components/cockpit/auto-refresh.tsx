"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Reloads the screen's figures every `seconds`; says when the figures on it were read (by the server). */
export function AutoRefresh({ seconds, readAt }: { seconds: number; readAt: string }) {
  const router = useRouter();
  const t = useTranslations("cockpit");
  const format = useFormatter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  const time = format.dateTime(new Date(readAt), {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "Asia/Shanghai",
    hour12: false,
  });
  return (
    <span className="text-sm text-slate-400" data-testid="screen-read-at">
      {t("refreshed", { time, seconds })}
    </span>
  );
}
