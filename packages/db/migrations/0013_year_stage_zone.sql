DROP INDEX "project_year_stage_cover_idx";--> statement-breakpoint
ALTER TABLE "project_year_stage" ADD COLUMN "zone_id" uuid;--> statement-breakpoint
ALTER TABLE "project_year_stage" ADD COLUMN "chain_id" uuid;--> statement-breakpoint
UPDATE "project_year_stage" s SET "zone_id" = p.zone_id, "chain_id" = p.chain_id FROM "project" p WHERE p.id = s.project_id;--> statement-breakpoint
ALTER TABLE "project_year_stage" ALTER COLUMN "zone_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "project_year_stage_cover_idx" ON "project_year_stage" USING btree ("year","zone_id","chain_id","stage");--> statement-breakpoint
-- The year-end rollup now carries the project's zone and chain.
CREATE OR REPLACE FUNCTION "project_year_stage_refresh"(p_project uuid, p_from integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  this_year integer := extract(year from (now() at time zone 'Asia/Shanghai'))::integer;
BEGIN
  INSERT INTO "project_year_stage" ("project_id", "year", "stage", "zone_id", "chain_id")
  SELECT p_project, y::smallint, s.to_stage, p.zone_id, p.chain_id
  FROM "project" p
  CROSS JOIN generate_series(p_from, greatest(p_from, this_year)) AS y
  CROSS JOIN LATERAL (
    SELECT e.to_stage FROM "stage_event" e
    WHERE e.project_id = p_project AND e.occurred_on <= make_date(y, 12, 31)
    ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1
  ) s
  WHERE p.id = p_project
  ON CONFLICT ("year", "project_id") DO UPDATE SET "stage" = excluded."stage", "zone_id" = excluded."zone_id", "chain_id" = excluded."chain_id";
END $$;
--> statement-breakpoint
-- A project moved to another zone or chain: its year-end rows follow (the funds rollup has its own trigger).
CREATE FUNCTION "project_year_stage_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "project_year_stage" s SET "zone_id" = n.zone_id, "chain_id" = n.chain_id
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE s.project_id = n.id AND (o.zone_id IS DISTINCT FROM n.zone_id OR o.chain_id IS DISTINCT FROM n.chain_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "project_year_stage_follow" AFTER UPDATE ON "project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "project_year_stage_follow"();
