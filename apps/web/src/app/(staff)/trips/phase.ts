/** A trip's phase as a badge's tone. */
export const PHASE_TONE = { planned: "blue", under_way: "amber", done: "gray" } as const;
