import type { TaskPriority, TaskStatus } from "@crm/domain";
import { Badge } from "@crm/ui";
import { useTranslations } from "next-intl";

const STATUS_TONE = {
  open: "blue",
  in_progress: "amber",
  reported: "violet",
  done: "green",
  cancelled: "gray",
} as const;

export function TaskStatusBadge({ status, overdue }: { status: TaskStatus; overdue?: boolean }) {
  const t = useTranslations("tasks");
  return (
    <span className="inline-flex gap-1">
      <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
      {overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const t = useTranslations("tasks");
  if (priority === "normal") return null;
  return <Badge tone={priority === "urgent" ? "red" : "amber"}>{t(`priority.${priority}`)}</Badge>;
}
