/**
 * Starts the background jobs once the Node.js server is up (never during a build, never on the
 * edge). `process.env.NEXT_RUNTIME` must be read literally here: Next drops the branch from the
 * edge bundle only when it can see it, so this file is the one exception to env.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startAppJobs } = await import("./server/jobs");
    await startAppJobs();
  }
}
