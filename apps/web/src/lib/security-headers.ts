/**
 * The security headers of this app, in one place. Pure: the proxy (pages, with the CSP and its
 * nonce), next.config (every response, API and file routes included) and the locale cookie read it.
 */

/** Headers that every response carries, pages, API and file routes alike. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
] as const;

/** Only over https (see isHttps); on http://localhost it would pin the developer's browser to https. */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" } as const;

/** The forwarded protocol, as next.config's `has` matches it (anchored regex): https on the first hop. */
export const FORWARDED_HTTPS = "[hH][tT][tT][pP][sS](\\s*,.*)?";

/**
 * Whether the visitor reached us over https. `next start` itself speaks http; behind a TLS proxy the
 * protocol is the one the proxy names in `X-Forwarded-Proto` (first hop). A client that forges it on
 * plain http only earns an HSTS header that browsers ignore over http, and a Secure cookie it cannot send.
 */
export function isHttps(headers: Headers, urlProtocol?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : urlProtocol === "https:";
}

/** 16 random bytes, base64: a fresh nonce per page request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page CSP. Scripts: only Next's own, which carry the nonce (Next reads it from this header on
 * the request and stamps its scripts); `strict-dynamic` lets them load their chunks. Styles:
 * `'unsafe-inline'`, because Tailwind-generated style props and ECharts' SVG renderer write inline
 * `style` attributes (see the README's Choices). No nonce in style-src: a nonce would switch
 * `'unsafe-inline'` off.
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // React in development reconstructs stacks with eval; production needs no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Upgrading on plain http (localhost, e2e) would send every asset to an https that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
