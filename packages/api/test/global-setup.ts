import { hashPassword } from "@crm/auth";
import { seedDemo } from "@crm/db/seed";
import { createTestDatabase, openMigrated } from "@crm/db/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh PostgreSQL database per run: migrated, loaded with the demo data, dropped at the end. */
export default async function setup(project: TestProject) {
  const testDb = await createTestDatabase("crm_api_test");
  const handle = await openMigrated("postgres", testDb.url);
  await seedDemo(handle.db, { passwordHash: await hashPassword("Demo@2024") });
  await handle.close();
  project.provide("databaseUrl", testDb.url);
  return async () => {
    await testDb.drop();
  };
}
