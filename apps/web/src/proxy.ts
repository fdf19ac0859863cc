import { NextResponse, type NextRequest } from "next/server";

/**
 * A cheap first gate: a visit without any session cookie goes to sign-in, remembering where it
 * was going. The real check (token, disabled user, session version) runs on the server per request.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  const from = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/sign-in";
  url.search = from === "/" ? "" : `?from=${encodeURIComponent(from)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!sign-in|api/|_next/|favicon.ico|robots.txt).*)"],
};
