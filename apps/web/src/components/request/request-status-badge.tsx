import type { RequestStatus } from "@crm/domain";
import { Badge } from "@crm/ui";
import { useTranslations } from "next-intl";

const TONE = { submitted: "amber", assigned: "blue", resolved: "green" } as const;

/** 待分派 / 办理中 / 已办结 (已评价). */
export function RequestStatusBadge({
  status,
  rated,
  overdue,
}: {
  status: RequestStatus;
  rated?: boolean;
  overdue?: boolean;
}) {
  const t = useTranslations("requests");
  if (overdue) return <Badge tone="red">{t("overdue")}</Badge>;
  return <Badge tone={TONE[status]}>{status === "resolved" && rated ? t("rated") : t(`status.${status}`)}</Badge>;
}
