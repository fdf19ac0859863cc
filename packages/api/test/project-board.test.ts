import { eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, useDatabase } from "./helpers";

describe("the board", () => {
  const { db } = useDatabase();

  it("counts every stage within scope and shows the latest cards", async () => {
    const board = await (await as(db(), "zone.park")).project.board({});
    const park = (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
    const inDb = await db()
      .select({ stage: schema.projects.stage })
      .from(schema.projects)
      .where(eq(schema.projects.zoneId, park.id));
    for (const column of board) {
      expect(column.total, column.stage).toBe(inDb.filter((p) => p.stage === column.stage).length);
      expect(column.cards.length).toBe(Math.min(column.total, 30));
      expect(column.cards.every((c) => c.zoneName === "园区专班")).toBe(true);
    }
  });
});
