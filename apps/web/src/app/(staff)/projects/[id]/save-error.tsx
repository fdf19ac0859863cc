"use client";

import type { ErrorKey } from "@crm/domain";
import { ErrorAlert } from "@crm/ui";
import { useTranslations } from "next-intl";

/** Why a save failed; for a stale copy, a way to see the latest while the draft stays put. */
export function SaveError({ error, onReload }: { error: ErrorKey | "unknown" | null; onReload: () => void }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <ErrorAlert>
      {t(`errors.${error}`)}
      {error === "staleVersion" ? (
        <button type="button" className="ml-2 underline" onClick={onReload}>
          {t("projects.reloadKeepDraft")}
        </button>
      ) : null}
    </ErrorAlert>
  );
}
