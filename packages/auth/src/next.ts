import { getAppDb } from "@crm/db";
import NextAuth, { CredentialsSignin, type NextAuthResult } from "next-auth";
import "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";

import { authSecret } from "./secret";
import type { SessionClaims } from "./session";
import type { SignInResult } from "./open-session";
import { verifySecondStep } from "./second-factor";
import { authenticate } from "./sign-in";
import { endSession, sessionAlive } from "./session-store";
import { clientAddress } from "./client-address";

declare module "next-auth" {
  interface Session {
    claims?: SessionClaims;
  }
  interface User {
    claims?: SessionClaims;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}

/**
 * The reasons a sign-in fails, as codes the sign-in page turns into words; `secondFactor` is not a
 * failure but the next step, with the ticket it needs.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    public override code: "invalid" | "disabled" | "throttled" | "wrongCode" | "expired" | "secondFactor",
    public retryAfterSeconds = 0,
    public ticket: string | null = null,
  ) {
    super();
  }
}

/** A sign-in's result as next-auth wants it: the user, or the refusal thrown. */
function userOrRefusal(result: SignInResult) {
  if (result.ok) return { id: result.claims.uid, claims: result.claims };
  if (result.reason === "throttled") throw new SignInRefused("throttled", result.retryAfterSeconds);
  if (result.reason === "secondFactor") throw new SignInRefused("secondFactor", 0, result.ticket);
  throw new SignInRefused(result.reason);
}

/**
 * next-auth with credentials and JWT sessions. The JWT names a server-side session: every request
 * checks it (resolveSession), and so does the session endpoint here, which drops the cookie of an
 * ended one instead of renewing it; sign-out ends it.
 */
const nextAuth: NextAuthResult = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A refused sign-in is an answer, not a server error: it is in the audit log already.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials, request) {
        const { db } = await getAppDb();
        return userOrRefusal(await authenticate(db, credentials, clientAddress(request.headers)));
      },
    }),
    // The second step of an account with a second factor: the ticket the password earned, and a code.
    Credentials({
      id: "second-factor",
      name: "Second factor",
      credentials: { ticket: {}, code: {} },
      async authorize(credentials, request) {
        const { db } = await getAppDb();
        return userOrRefusal(await verifySecondStep(db, credentials, clientAddress(request.headers)));
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      await endSession((await getAppDb()).db, token?.claims?.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.claims) {
        token.claims = user.claims;
        return token;
      }
      return (await sessionAlive((await getAppDb()).db, token.claims, { touch: false })) ? token : null;
    },
    session({ session, token }) {
      session.claims = token.claims;
      return session;
    },
  },
});

export const { handlers, auth, signIn, signOut } = nextAuth;
