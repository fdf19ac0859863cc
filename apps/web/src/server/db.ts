import "server-only";

import { getAppDb, type Database } from "@crm/db";

/** The app's database (PostgreSQL with DATABASE_URL, else the embedded PGlite). */
export async function db(): Promise<Database> {
  return (await getAppDb()).db;
}
