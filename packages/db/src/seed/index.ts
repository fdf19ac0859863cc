import type { Database } from "../client";
import {
  DEMO_AS_OF,
  insertChainMembers,
  insertChains,
  insertEnterprises,
  insertPeople,
  insertProjects,
  insertUnits,
  isEmpty,
  type SeedOptions,
} from "./build";
import { generateDemo } from "./generated";
import { insertFollowUps, insertLeads } from "./leads";
import {
  insertAftercareVisits,
  insertApprovalDictionary,
  insertRecentFunds,
  insertRequests,
  insertRisks,
  setApprovalDueDates,
} from "./service";
import { insertCalendarAndSettings, insertMonthlyUpdates, insertTasks, relaxSecondFactorForDemo } from "./tasks";
import { STORY_ENTERPRISES, STORY_PROJECTS } from "./stories";
import { insertProspects } from "./prospects";
import { insertTargets } from "./targets";
import { insertCarriers } from "./carriers";
import { insertEvents } from "./events";
import { insertTrips } from "./trips";

export { DEMO_AS_OF, isEmpty, type SeedOptions } from "./build";
export { DEMO_ACCOUNTS, DEMO_PASSWORD, OTHER_PEOPLE } from "./people";
export { TARGET_2024 } from "./generated";
export { LEADS_FROM_UNITS_2024 } from "./leads";
export { UNITS, ZONE_CODES } from "./units";
export { CHAINS } from "./chains";

/**
 * Loads the demo district into an empty database in one transaction: units, chains, people,
 * enterprises, projects with their stage history, funds and approvals. Deterministic.
 */
export async function seedDemo(db: Database, options: SeedOptions): Promise<{ projects: number; enterprises: number }> {
  const generated = generateDemo();
  const enterprises = [...STORY_ENTERPRISES, ...generated.enterprises];
  const projects = [...STORY_PROJECTS, ...generated.projects];
  const landed = new Set(
    projects
      .filter((p) => p.moves.some(([stage, on]) => stage === "registered" && on <= DEMO_AS_OF))
      .map((p) => p.enterprise),
  );
  await db.transaction(async (tx) => {
    const units = await insertUnits(tx);
    const chains = await insertChains(tx);
    const enterpriseIds = await insertEnterprises(tx, enterprises, landed);
    const people = await insertPeople(tx, units, enterpriseIds, options.passwordHash);
    const projectIds = await insertProjects(tx, projects, { units, chains, people, enterprises: enterpriseIds });
    const all = { units, chains, people, enterprises: enterpriseIds, projects: projectIds };
    await insertChainMembers(tx, all, enterprises);
    await insertLeads(tx, projects, new Map(enterprises.map((e) => [e.key, e.name])), all);
    await insertFollowUps(tx, projects, all, DEMO_AS_OF);
    await insertCalendarAndSettings(tx);
    await relaxSecondFactorForDemo(tx);
    await insertTasks(tx, all);
    await insertMonthlyUpdates(tx, people);
    await insertApprovalDictionary(tx, units);
    await setApprovalDueDates(tx);
    await insertRequests(tx, all);
    await insertRisks(tx, projectIds);
    await insertAftercareVisits(tx, DEMO_AS_OF);
    await insertRecentFunds(tx, DEMO_AS_OF);
    await insertTargets(tx, units);
    await insertProspects(tx, units, chains);
    await insertCarriers(tx, { units, chains }, DEMO_AS_OF);
    await insertEvents(tx, units, people.get("bureau.staff")!);
    await insertTrips(tx, units, chains, people);
  });
  return { projects: projects.length, enterprises: enterprises.length };
}

/** Seeds only when the database holds no units yet; says whether it did. */
export async function seedDemoIfEmpty(db: Database, options: SeedOptions): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await seedDemo(db, options);
  return true;
}

/**
 * The district's structure without demo people or projects: units, chains, the working calendar,
 * the default rules and the approval dictionary. What a production database starts with; its first
 * account is made by `pnpm admin:create`.
 */
export async function seedStructure(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const units = await insertUnits(tx);
    await insertChains(tx);
    await insertCalendarAndSettings(tx);
    await insertApprovalDictionary(tx, units);
  });
}

/** Loads the structure only when the database holds no units yet; says whether it did. */
export async function seedStructureIfEmpty(db: Database): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await seedStructure(db);
  return true;
}

/** Units, chains and people only, no enterprises or projects: a district on its first day (tests of imports). */
export async function seedDistrictOnly(db: Database, options: SeedOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const units = await insertUnits(tx);
    await insertChains(tx);
    await insertPeople(tx, units, new Map(), options.passwordHash);
    await insertCalendarAndSettings(tx);
    await relaxSecondFactorForDemo(tx);
    await insertApprovalDictionary(tx, units);
  });
}
