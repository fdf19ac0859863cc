import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Debian's Chromium, which renders the bulletin's PDF. */
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  },
  client: {},
  runtimeEnv: { CHROMIUM_PATH: process.env.CHROMIUM_PATH },
  emptyStringAsUndefined: true,
});
