import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Debian's Chromium, which renders the bulletin's PDF. */
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
    /** The port this server listens on: Chromium prints the app's own pages from 127.0.0.1 there. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  },
  client: {},
  /** development adds `'unsafe-eval'` to the CSP (React's dev stacks); nothing else reads it. */
  shared: { NODE_ENV: z.enum(["development", "production", "test"]).default("production") },
  runtimeEnv: { CHROMIUM_PATH: process.env.CHROMIUM_PATH, PORT: process.env.PORT, NODE_ENV: process.env.NODE_ENV },
  emptyStringAsUndefined: true,
});
