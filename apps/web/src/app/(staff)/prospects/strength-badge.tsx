import type { ChainStrength } from "@crm/domain";
import { Badge } from "@crm/ui";
import { useTranslations } from "next-intl";

const TONES = { missing: "red", weak: "amber", strong: "green" } as const;

/** 强 / 弱 / 缺 of the node a target would strengthen. */
export function StrengthBadge({ strength }: { strength: ChainStrength | null }) {
  const t = useTranslations("prospects.strengths");
  return strength ? <Badge tone={TONES[strength]}>{t(strength)}</Badge> : <Badge>{t("none")}</Badge>;
}
