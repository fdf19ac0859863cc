"use client";

import type { ChainStrength } from "@crm/domain";
import { useTranslations } from "next-intl";

import { STRENGTH_STYLE } from "~/lib/chain-map-option";

/** The strength's swatch and its word: the legend and the node list say it in words, not colour alone. */
export function StrengthMark({ strength }: { strength: ChainStrength }) {
  const t = useTranslations("chainMap.strength");
  const s = STRENGTH_STYLE[strength];
  return (
    <span className="inline-flex items-center gap-1">
      <span
        aria-hidden
        className="inline-block h-3 w-4 rounded-sm border-2"
        style={{ background: s.fill, borderColor: s.border, borderStyle: s.dashed ? "dashed" : "solid" }}
      />
      <span className="font-medium" style={{ color: s.border }}>
        {t(strength)}
      </span>
    </span>
  );
}
