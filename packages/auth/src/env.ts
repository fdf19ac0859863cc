import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Signs the session JWT. Unset: a random secret kept in `.data/auth-secret`. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. Unset: none. */
    TRUSTED_PROXIES: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
