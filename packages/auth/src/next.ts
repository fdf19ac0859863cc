import { getAppDb } from "@crm/db";
import NextAuth, { CredentialsSignin, type NextAuthResult } from "next-auth";
import "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";

import { authSecret } from "./secret";
import type { SessionClaims } from "./session";
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

/** The reasons a sign-in fails, as codes the sign-in page turns into words. */
export class SignInRefused extends CredentialsSignin {
  constructor(
    public override code: "invalid" | "disabled" | "throttled",
    public retryAfterSeconds = 0,
  ) {
    super();
  }
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
        const result = await authenticate(db, credentials, clientAddress(request.headers));
        if (!result.ok)
          throw new SignInRefused(result.reason, result.reason === "throttled" ? result.retryAfterSeconds : 0);
        return { id: result.claims.uid, claims: result.claims };
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
