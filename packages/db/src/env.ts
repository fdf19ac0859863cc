import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** A PostgreSQL URL. Unset: the embedded PGlite in a data folder. */
    DATABASE_URL: z.url().optional(),
    /**
     * The database owner's URL, for migrations only (pnpm db:migrate, and pnpm start before the app
     * opens). The app itself connects with DATABASE_URL as a member of the crm_app role, which may
     * only read and append to the audit log. Unset: migrations use DATABASE_URL.
     */
    MIGRATION_DATABASE_URL: z.url().optional(),
    /** Where PGlite keeps its data; default `.data/pglite` at the repository's root. */
    PGLITE_DIR: z.string().min(1).optional(),
    /**
     * The key for personal data and secrets at rest (AES-256-GCM, 32 bytes in base64; see
     * field-crypto.ts). Unset: one made on first start and kept in `.data/data-key`.
     */
    DATA_KEY: z.string().min(1).optional(),
    /** Tests: a PostgreSQL URL with the right to create databases; each run makes its own. */
    TEST_DATABASE_ADMIN_URL: z.url().default("postgres://postgres@127.0.0.1:5432/postgres"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
