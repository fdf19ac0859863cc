import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Debian's Chromium, which renders the bulletin's PDF. */
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  },
  client: {},
  /** development adds `'unsafe-eval'` to the CSP (React's dev stacks); nothing else reads it. */
  shared: { NODE_ENV: z.enum(["development", "production", "test"]).default("production") },
  runtimeEnv: { CHROMIUM_PATH: process.env.CHROMIUM_PATH, NODE_ENV: process.env.NODE_ENV },
  emptyStringAsUndefined: true,
});
