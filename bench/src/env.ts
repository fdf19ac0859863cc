import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** A PostgreSQL URL allowed to create the benchmark's own database. */
    TEST_DATABASE_ADMIN_URL: z.url().default("postgres://postgres@127.0.0.1:5432/postgres"),
    BENCH_PORT: z.coerce.number().int().default(3200),
    BENCH_SAMPLES: z.coerce.number().int().min(10).default(300),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

/** What the production server the benchmark starts inherits (PATH and the rest). */
export const inheritedEnv = process.env;
