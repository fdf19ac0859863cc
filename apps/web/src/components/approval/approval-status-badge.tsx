import type { ApprovalStatus } from "@crm/domain";
import { Badge, type BadgeTone } from "@crm/ui";
import { useTranslations } from "next-intl";

const TONE: Record<ApprovalStatus, BadgeTone> = {
  not_started: "gray",
  preparing: "amber",
  submitted: "blue",
  in_review: "blue",
  approved: "green",
  rejected: "red",
};

export function ApprovalStatusBadge({ status }: { status: ApprovalStatus }) {
  const t = useTranslations("approvalStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
