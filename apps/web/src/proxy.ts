import { NextResponse, type NextRequest } from "next/server";
import { safeReturnPath } from "@crm/domain";

import { env } from "~/env";
import { contentSecurityPolicy, isHttps, newNonce } from "~/lib/security-headers";

/**
 * Every page request passes here twice over:
 * - its Content-Security-Policy, with a fresh nonce that Next reads from the request's CSP header and
 *   stamps on its own scripts (so every page renders dynamically, which they all do: the locale is a cookie);
 * - a cheap first gate: a visit without any session cookie goes to sign-in, remembering where it was
 *   going. The real check (token, disabled user, session version) runs on the server per request.
 * The headers every response carries (nosniff, frame, referrer, permissions, HSTS) are in next.config.ts.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Sign-in, and the investor editions (推介版) that their link opens without an account.
  const open = pathname === "/sign-in" || pathname.startsWith("/sign-in/") || pathname.startsWith("/share/");
  if (!open && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    const from = safeReturnPath(`${pathname}${search}`);
    url.pathname = "/sign-in";
    url.search = from && from !== "/" ? `?from=${encodeURIComponent(from)}` : "";
    return NextResponse.redirect(url);
  }
  const csp = contentSecurityPolicy({
    nonce: newNonce(),
    dev: env.NODE_ENV === "development",
    https: isHttps(request.headers, request.nextUrl.protocol),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // API and file routes carry no HTML: their headers come from next.config.ts, and the proxy stays off
  // their request bodies.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
