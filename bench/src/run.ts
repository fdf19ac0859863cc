/**
 * pnpm bench: a large district network in its own PostgreSQL database, the production build
 * serving it, and the project list's first filtered, sorted page, its 2,000th page, a project's
 * detail and the whole cockpit's data measured end to end through tRPC over HTTP. Writes
 * bench/results.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { hashPassword } from "@crm/auth";
import { repoRoot } from "@crm/db";
import { seedDistrictOnly } from "@crm/db/seed";
import { openMigrated } from "@crm/db/testing";
import postgres from "postgres";

import { DATASET, generate } from "./dataset";
import { BENCH_CHAIN_CODE, generateOpportunities, OPPORTUNITY_DATASET } from "./opportunities-dataset";
import { env, inheritedEnv } from "./env";
import { AppClient, percentile } from "./http";

const ADMIN_URL = env.TEST_DATABASE_ADMIN_URL;
const DB_NAME = "crm_bench";
const PORT = env.BENCH_PORT;
const PAGE = 40;
const SAMPLES = env.BENCH_SAMPLES;
const WARMUP = 30;
const root = repoRoot(path.dirname(fileURLToPath(import.meta.url)));

function dbUrl(name: string) {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function prepareDatabase() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`);
  await admin.unsafe(`create database "${DB_NAME}"`);
  await admin.end();
  const handle = await openMigrated("postgres", dbUrl(DB_NAME));
  await seedDistrictOnly(handle.db, { passwordHash: await hashPassword("Demo@2024") });
  await handle.close();
  const sql = postgres(dbUrl(DB_NAME), { max: 1, onnotice: () => {} });
  const t0 = performance.now();
  await generate(sql);
  await generateOpportunities(sql);
  await sql`vacuum analyze`;
  const counts = (
    await sql<Record<string, number>[]>`
    select (select count(*) from project)::int as projects, (select count(*) from follow_up)::int as follow_ups, (select count(*) from org_unit)::int as units,
           (select count(*) from stage_event)::int as stage_events, (select count(*) from project_year_stage)::int as year_stages, (select count(*) from fund_posting)::int as fund_postings,
           (select count(*) from task)::int as tasks, (select count(*) from approval)::int as approvals, (select count(*) from service_request)::int as requests,
           (select count(*) from chain_node)::int as chain_nodes, (select count(*) from chain_node_enterprise)::int as node_enterprises,
           (select count(*) from prospect)::int as prospects, (select count(*) from carrier)::int as carriers, (select count(*) from carrier_space)::int as carrier_spaces`
  )[0]!;
  console.log(`[bench] data set: ${JSON.stringify(counts)} in ${Math.round(performance.now() - t0)} ms`);
  return { sql, counts };
}

async function startServer() {
  const childEnv = {
    ...inheritedEnv,
    DATABASE_URL: dbUrl(DB_NAME),
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
  };
  const build = spawnSync("pnpm", ["--filter", "@crm/web", "build"], { cwd: root, env: childEnv, stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
  const web = path.join(root, "apps", "web");
  // The production server the README's production section runs (server.mjs), not `next start`.
  const server = spawn("node", ["server.mjs"], {
    cwd: web,
    env: childEnv,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not come up");
}

async function measure(name: string, budget: number, call: (i: number) => Promise<{ ms: number }>) {
  for (let i = 0; i < WARMUP; i++) await call(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push((await call(i)).ms);
  times.sort((a, b) => a - b);
  const result = {
    name,
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    budget_p99_ms: budget,
    samples: SAMPLES,
  };
  console.log(`[bench] ${name}: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms (budget ${budget} ms)`);
  return result;
}

async function main() {
  const { sql, counts } = await prepareDatabase();
  const server = await startServer();
  try {
    const client = new AppClient(`http://localhost:${PORT}`);
    await client.signIn("bureau.staff", "Demo@2024");
    const filter = {
      stages: [
        "planned",
        "reserve",
        "negotiating",
        "signed",
        "registered",
        "under_construction",
        "in_production",
        "operating",
      ],
      sort: "amount",
      dir: "desc",
      limit: PAGE,
    };
    // The 2,000th page starts after row 1,999 × PAGE of that order: its cursor, taken from the database.
    const [edge] = await sql<{ v: string; id: string }[]>`
      select coalesce(signed_amount, planned_amount, 0)::text as v, id from project
      where stage in ('planned','reserve','negotiating','signed','registered','under_construction','in_production','operating')
      order by coalesce(signed_amount, planned_amount, 0) desc, id desc offset ${1999 * PAGE - 1} limit 1`;
    const ids = (await sql<{ id: string }[]>`select id from project order by random() limit ${SAMPLES + WARMUP}`).map(
      (r) => r.id,
    );
    const first = await measure("project list: first filtered, sorted page", 100, () =>
      client.query("project.list", filter),
    );
    const deep = await measure("project list: page 2,000", 100, () =>
      client.query("project.list", { ...filter, cursor: edge }),
    );
    const detail = await measure("project detail", 100, (i) =>
      client.query("project.byId", { id: ids[i % ids.length] }),
    );
    // The whole cockpit's data for the district-wide view, this year (today's stages) and last year
    // (the year-end rollup), as the page asks for it: one call.
    const cockpit = await measure("cockpit: the whole cockpit's data, this year", 150, () =>
      client.query("cockpit.overview", { year: 2026 }),
    );
    const cockpitPast = await measure("cockpit: the whole cockpit's data, 2025 at its year end", 150, () =>
      client.query("cockpit.overview", { year: 2025 }),
    );
    // 一单一图谱 (issue 14): the 300-node chain's map, the opportunity list's first filtered page,
    // and matching an investor's need against the 50,000 carriers.
    const zones = await sql<{ id: string }[]>`select id from org_unit where kind = 'zone' order by sort, id limit 20`;
    const chainMap = await measure("chain map: a 300-node chain's data", 100, () =>
      client.query("chain.map", { code: BENCH_CHAIN_CODE }),
    );
    const carrierPage = await measure("opportunity list: first filtered page", 100, (i) =>
      client.query("carrier.list", {
        kinds: ["factory", "building"],
        states: ["available"],
        zoneId: zones[i % zones.length]!.id,
        floorAreaMin: "1000",
        limit: PAGE,
      }),
    );
    const match = await measure("carrier matching: an investor's need against 50,000 carriers", 150, (i) =>
      client.query("carrier.match", {
        need: { kinds: ["factory"], areaSqm: String(1500 + (i % 10) * 200), heightM: "8", loadT: "1.5", powerKva: 400 },
        limit: 20,
      }),
    );
    const results = [first, deep, detail, cockpit, cockpitPast, chainMap, carrierPage, match];
    const report = {
      dataset: {
        ...DATASET,
        ...OPPORTUNITY_DATASET,
        rows: counts,
        page_size: PAGE,
        database: "PostgreSQL (local)",
        measured_at: new Date().toISOString(),
      },
      results,
      checks: {
        every_p99_within_budget: results.every((r) => r.p99_ms <= r.budget_p99_ms),
        page_2000_within_1_5x_of_page_1: deep.p99_ms <= 1.5 * first.p99_ms,
      },
    };
    writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report.checks));
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await sql.end();
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`);
    await admin.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
