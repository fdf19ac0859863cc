import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** A comma-separated list of host names or IP addresses, lower-cased, IPv6 without brackets. */
const hostList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, "$1"),
      )
      .filter((h) => h !== ""),
  );

export const env = createEnv({
  server: {
    /**
     * Hosts a group robot may be reached at over plain http, or at a private address (a receiver
     * on this machine or the government network), e.g. `127.0.0.1,10.1.2.3`. Unset: none — https
     * to public addresses only.
     */
    WEBHOOK_ALLOWED_HOSTS: hostList,
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
