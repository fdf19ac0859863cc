import { z } from "zod";

import { ColumnMapping, IMPORT_KINDS } from "./transfer";

/** The settings a user may keep for themselves, each with its shape. */
export const PREFERENCES = {
  /** The project list's visible columns, in order. */
  "projects.columns": z.array(z.string().max(40)).max(30),
  /** Column choices made at import, by list and header shape (a hash of the header row), newest first. */
  "import.columnMappings": z
    .array(
      z.object({
        kind: z.enum(IMPORT_KINDS),
        shape: z.string().regex(/^[0-9a-f]{32}$/),
        mapping: ColumnMapping,
      }),
    )
    .max(20),
} as const;
export const PreferenceKey = z.enum(Object.keys(PREFERENCES) as [keyof typeof PREFERENCES]);
export type PreferenceKey = z.infer<typeof PreferenceKey>;
