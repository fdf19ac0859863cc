import type { LeadStatus } from "@crm/domain";
import { Badge } from "@crm/ui";
import { useTranslations } from "next-intl";

const TONE = { new: "blue", assigned: "amber", converted: "green", dropped: "gray", merged: "gray" } as const;

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const t = useTranslations("leadStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
