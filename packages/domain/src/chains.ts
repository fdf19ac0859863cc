/** Where a link sits on an industry chain (一图谱): 上游, 中游, 下游. */
export const CHAIN_TIERS = ["upstream", "midstream", "downstream"] as const;
export type ChainTier = (typeof CHAIN_TIERS)[number];

/** How well the district covers a link (DOMAIN §2: 强链·补链·延链): strong, weak, missing. */
export const CHAIN_STRENGTHS = ["strong", "weak", "missing"] as const;
export type ChainStrength = (typeof CHAIN_STRENGTHS)[number];
