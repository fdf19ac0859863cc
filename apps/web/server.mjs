/**
 * The production server: Next's request handler behind node:http, for two things `next start`
 * cannot do.
 * - The client's address. Next passes a client's own X-Forwarded-For through unchanged, so the
 *   app could not tell a forged one. Here every request carries the TCP peer in `x-crm-peer`
 *   (replacing any a client sent); the app believes X-Forwarded-For only when that peer is a proxy
 *   listed in TRUSTED_PROXIES (packages/auth/src/client-address.ts).
 * - A graceful stop. On SIGTERM or SIGINT it stops taking connections, lets the requests in flight
 *   finish (30 s at most), then runs the app's shutdown hooks (pg-boss stops, pools close), then exits.
 */
import { createServer } from "node:http";

import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const GRACE_MS = 30_000;

const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;
const server = createServer((req, res) => {
  req.headers["x-crm-peer"] = req.socket.remoteAddress ?? "";
  if (stopping) res.setHeader("connection", "close");
  void handle(req, res);
});
server.keepAliveTimeout = 5_000;
server.listen(port, hostname, () => console.log(`[server] ready on http://${hostname}:${port}`));

/** What the app registered to run at shutdown (src/server/shutdown.ts): jobs, then the database. */
const hooks = () => globalThis.__crmShutdown ?? [];

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[server] ${signal}: no new connections; finishing requests in flight`);
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), GRACE_MS);
  await closed;
  clearTimeout(timer);
  for (const hook of hooks()) {
    try {
      await hook();
    } catch (e) {
      console.error("[server] shutdown hook failed:", e);
    }
  }
  await app.close?.();
  console.log("[server] stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
