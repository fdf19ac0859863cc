import { z } from "zod";

/** The settings a user may keep for themselves, each with its shape. */
export const PREFERENCES = {
  /** The project list's visible columns, in order. */
  "projects.columns": z.array(z.string().max(40)).max(30),
} as const;
export const PreferenceKey = z.enum(Object.keys(PREFERENCES) as [keyof typeof PREFERENCES]);
export type PreferenceKey = z.infer<typeof PreferenceKey>;
