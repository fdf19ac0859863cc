import { getAppDb, migrationStatus } from "@crm/db";

export const dynamic = "force-dynamic";

/** 200 once the database answers and every migration is applied; 503 until then. */
export async function GET() {
  try {
    const { db, kind } = await getAppDb();
    const { expected, applied } = await migrationStatus(db);
    if (applied < expected)
      return Response.json({ status: "migrating", database: kind, applied, expected }, { status: 503 });
    return Response.json({ status: "ok", database: kind });
  } catch (error) {
    console.error("health check failed:", error);
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
