import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { FORWARDED_HTTPS, HSTS, STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: ["@crm/api", "@crm/auth", "@crm/db", "@crm/domain", "@crm/ui"],
  // PGlite loads its WebAssembly at run time, argon2 is a native addon, playwright-core drives
  // Chromium for PDFs: none of them may be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "playwright-core", "pg-boss"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // Every response, API and file routes included; pages add their CSP in src/proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: FORWARDED_HTTPS }],
        headers: [HSTS],
      },
    ];
  },
};

export default withNextIntl(config);
