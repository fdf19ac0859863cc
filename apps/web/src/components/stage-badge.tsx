import type { Stage } from "@crm/domain";
import { Badge, type BadgeTone } from "@crm/ui";
import { useTranslations } from "next-intl";

const TONE: Record<Stage, BadgeTone> = {
  planned: "gray",
  reserve: "gray",
  negotiating: "blue",
  signed: "violet",
  registered: "green",
  under_construction: "green",
  in_production: "green",
  operating: "green",
  paused: "amber",
  lost: "red",
};

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useTranslations("stages");
  return <Badge tone={TONE[stage]}>{t(stage)}</Badge>;
}
