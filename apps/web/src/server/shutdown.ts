/**
 * What runs when the server stops (server.mjs calls these in order after the last request has
 * finished): the background jobs stop taking work and finish theirs, then the database closes
 * (PGlite writes its folder out; the PostgreSQL pool ends its connections).
 */
type Hook = () => Promise<void>;
const holder = globalThis as unknown as { __crmShutdown?: Hook[] };

export function onShutdown(hook: Hook): void {
  (holder.__crmShutdown ??= []).push(hook);
}
