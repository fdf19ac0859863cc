import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { expect, request, test, type APIRequestContext } from "@playwright/test";

/**
 * A production start on PostgreSQL, the way a district runs it: `db:setup` loads no accounts,
 * `pnpm admin:create` makes the first one, and two instances of the production server share the
 * database. The sign-in limit, the sessions and the jobs are the database's, not an instance's.
 */
const web = path.resolve(import.meta.dirname, "../../apps/web");
const dbName = `crm_e2e_two_${process.pid}`;
const url = `postgres://postgres@127.0.0.1:5432/${dbName}`;
const PORTS = [3201, 3202] as const;
const psql = (sql: string) =>
  execFileSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-d", dbName, "-tAc", sql], { encoding: "utf8" }).trim();
const env = {
  ...process.env,
  DATABASE_URL: url,
  PGLITE_DIR: "",
  AUTH_SECRET: "e2e-two-instances-secret-0123456789abcdefghijklmnop",
  WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  NEXT_TELEMETRY_DISABLED: "1",
};

test.describe.configure({ mode: "serial", timeout: 240_000 });

let servers: { proc: ChildProcess; log: string[] }[] = [];
/** Every process started, up or not, so that none outlives the file. */
const started: ChildProcess[] = [];
let robot: { url: string; got: string[]; close: () => void };
let oneTimePassword = "";

async function startServer(port: number) {
  const proc = spawn("node", ["server.mjs"], { cwd: web, env: { ...env, PORT: String(port) } });
  started.push(proc);
  const log: string[] = [];
  proc.stdout!.on("data", (d: Buffer) => log.push(d.toString()));
  proc.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { proc, log };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${port} did not start:\n${log.join("")}`);
}

async function signIn(api: APIRequestContext, login: string, password: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, login, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  return res.headers()["location"] ?? "";
}

const trpcGet = (api: APIRequestContext, proc: string, input: unknown = undefined) =>
  api.get(
    `/api/trpc/${proc}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
  );
const trpcPost = (api: APIRequestContext, proc: string, input: unknown) =>
  api.post(`/api/trpc/${proc}`, { data: { json: input } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync("createdb", ["-h", "127.0.0.1", "-U", "postgres", dbName]);
  execFileSync("pnpm", ["db:setup"], { cwd: web, env, stdio: "pipe" });
  const made = execFileSync("pnpm", ["-s", "admin:create"], { cwd: web, env, encoding: "utf8" });
  oneTimePassword = made.trim().split("\n").at(-1)!.trim();
  const got: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      got.push(body);
      res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0}');
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  robot = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/robot`, got, close: () => server.close() };
  servers = await Promise.all(PORTS.map(startServer));
});

test.afterAll(async () => {
  for (const proc of started) if (proc.exitCode === null) proc.kill("SIGKILL");
  robot?.close();
  await new Promise((r) => setTimeout(r, 500));
  execFileSync("dropdb", ["-h", "127.0.0.1", "-U", "postgres", "--force", "--if-exists", dbName]);
});

test("a production database starts with the district's units and no account but the one admin:create made", () => {
  expect(Number(psql("select count(*) from org_unit"))).toBeGreaterThan(10);
  expect(psql("select string_agg(username || ':' || role || ':' || must_change_password, ',') from app_user")).toBe(
    "sysadmin:sysadmin:true",
  );
  expect(Number(psql("select count(*) from project"))).toBe(0);
  expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
});

test("a session made on one instance works on the other; a temporary password opens only the password change", async () => {
  const a = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[0]}` });
  expect(await signIn(a, "sysadmin", "Demo@2024")).toContain("error"); // no demo password here
  expect(await signIn(a, "sysadmin", oneTimePassword)).not.toContain("error");
  const b = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[1]}`, storageState: await a.storageState() });

  const me = await trpcGet(b, "account.me");
  expect(me.status()).toBe(200);
  const { version } = ((await me.json()) as { result: { data: { json: { version: number } } } }).result.data.json;
  const blocked = await trpcGet(b, "admin.users");
  expect(blocked.status()).toBe(403);
  expect(await blocked.text()).toContain("passwordChangeRequired");

  const changed = await trpcPost(b, "account.changePassword", {
    currentPassword: oneTimePassword,
    newPassword: "District2026ok",
    version,
  });
  expect(changed.status()).toBe(200);
  // The change ends every older session, on both instances.
  expect((await trpcGet(a, "account.me")).status()).toBe(401);
  expect(await signIn(b, "sysadmin", "District2026ok")).not.toContain("error");
  // A production database stores no second-factor policy, so the default holds: an administrator
  // must enrol a second factor before anything else (enrolment itself: second-factor.spec.ts).
  const enrol = await trpcGet(b, "admin.users");
  expect(enrol.status()).toBe(403);
  expect(await enrol.text()).toContain("secondFactorEnrolmentRequired");
  // This file is about two instances sharing sessions, jobs and limits: the security administrator's
  // choice of no required roles, written straight into the settings, lets it go on with passwords.
  psql(`insert into setting (key, value) values ('secondFactorPolicy', '{"requiredRoles":[]}')`);
  expect((await trpcGet(b, "admin.users")).status()).toBe(200);
  const a2 = await request.newContext({
    baseURL: `http://127.0.0.1:${PORTS[0]}`,
    storageState: await b.storageState(),
  });
  expect((await trpcGet(a2, "admin.users")).status()).toBe(200);

  // Signing out on one instance ends the session on the other too.
  const { csrfToken } = (await (await a2.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const copy = await b.storageState();
  await a2.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/sign-in" }, maxRedirects: 0 });
  const kept = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[1]}`, storageState: copy });
  expect((await trpcGet(kept, "admin.users")).status()).toBe(401);
  for (const c of [a, b, a2, kept]) await c.dispose();
});

/** What a tRPC answer carries (superjson's envelope). */
const dataOf = async <T>(res: Awaited<ReturnType<typeof trpcGet>>) =>
  ((await res.json()) as { result: { data: { json: T } } }).result.data.json;

test("each job runs once across the two instances: one robot message per task", async () => {
  const admin = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[0]}` });
  expect(await signIn(admin, "sysadmin", "District2026ok")).not.toContain("error");
  const park = psql("select id from org_unit where code = 'park'");
  const bureau = psql("select id from org_unit where code = 'bureau'");
  expect((await trpcPost(admin, "settings.setWebhook", { unitId: park, url: robot.url })).status()).toBe(200);
  // 三员分立: the system administrator assigns no work; it opens the bureau lead's account, who does.
  const opened = await trpcPost(admin, "admin.createUser", {
    username: "bureau.head",
    displayName: "局长",
    role: "bureau_lead",
    unitId: bureau,
  });
  expect(opened.status()).toBe(200);
  const { temporaryPassword } = await dataOf<{ temporaryPassword: string }>(opened);
  await admin.dispose();
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[0]}` });
  expect(await signIn(api, "bureau.head", temporaryPassword)).not.toContain("error");
  const { version } = await dataOf<{ version: number }>(await trpcGet(api, "account.me"));
  const changed = await trpcPost(api, "account.changePassword", {
    currentPassword: temporaryPassword,
    newPassword: "Bureau2026ok",
    version,
  });
  expect(changed.status()).toBe(200);
  expect(await signIn(api, "bureau.head", "Bureau2026ok")).not.toContain("error");
  const titles = ["双实例测试事项一", "双实例测试事项二", "双实例测试事项三"];
  for (const title of titles)
    expect(
      (
        await trpcPost(api, "task.create", { title, subject: "project", assigneeUnitId: park, priority: "normal" })
      ).status(),
    ).toBe(200);
  // Both instances run pg-boss on this database; the delivery job runs every minute.
  await expect
    .poll(() => titles.filter((t) => robot.got.some((b) => b.includes(t))).length, {
      timeout: 150_000,
      intervals: [2_000],
    })
    .toBe(3);
  await new Promise((r) => setTimeout(r, 65_000)); // one more minute: nothing is sent twice
  for (const t of titles)
    expect(
      robot.got.filter((b) => b.includes(t)),
      t,
    ).toHaveLength(1);
  expect(psql("select string_agg(distinct status::text, ',') from webhook_delivery")).toBe("sent");
  await api.dispose();
});

test("the sign-in limit is shared: failures on one instance lock the account on the other", async () => {
  const a = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[0]}` });
  const b = await request.newContext({ baseURL: `http://127.0.0.1:${PORTS[1]}` });
  for (let i = 0; i < 5; i++) expect(await signIn(i % 2 ? a : b, "sysadmin", `wrong-${i}`)).toContain("error");
  expect(await signIn(b, "sysadmin", "District2026ok")).toContain("throttled");
  expect(await signIn(a, "sysadmin", "District2026ok")).toContain("throttled");
  expect(Number(psql("select count(*) from audit_log where action = 'auth.lockout'"))).toBe(1);
  await a.dispose();
  await b.dispose();
});

test("SIGTERM stops an instance gracefully: requests in flight finish, jobs and the database close", async () => {
  const { proc, log } = servers[0]!;
  const inFlight = Array.from({ length: 20 }, () =>
    fetch(`http://127.0.0.1:${PORTS[0]}/api/health`).then((r) => r.status),
  );
  await new Promise((r) => setTimeout(r, 20));
  proc.kill("SIGTERM");
  const statuses = await Promise.allSettled(inFlight);
  const [code] = (await once(proc, "exit")) as [number];
  expect(code).toBe(0);
  const text = log.join("");
  expect(text).toContain("[jobs] stopped");
  expect(text).toContain("[db] closed");
  expect(text).toContain("[server] stopped");
  // Whatever had reached the server was answered, not cut off.
  const answered = statuses.filter((s) => s.status === "fulfilled");
  for (const s of answered) expect((s as PromiseFulfilledResult<number>).value).toBe(200);
  // The other instance goes on.
  expect((await fetch(`http://127.0.0.1:${PORTS[1]}/api/health`)).status).toBe(200);
});
