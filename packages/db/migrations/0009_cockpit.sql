CREATE TABLE "project_year_stage" (
	"project_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"stage" "stage" NOT NULL,
	CONSTRAINT "project_year_stage_pk" PRIMARY KEY("year","project_id")
);
--> statement-breakpoint
CREATE TABLE "target" (
	"year" smallint NOT NULL,
	"unit_id" uuid NOT NULL,
	"signed_amount" numeric(14, 2),
	"landed_projects" integer,
	"fortune500_projects" integer,
	"new_above_scale" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "target_pk" PRIMARY KEY("year","unit_id")
);
--> statement-breakpoint
ALTER TABLE "project_year_stage" ADD CONSTRAINT "project_year_stage_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target" ADD CONSTRAINT "target_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_signed_on_idx" ON "project" USING btree ("signed_on") WHERE "project"."signed_on" is not null;--> statement-breakpoint
CREATE INDEX "project_registered_on_idx" ON "project" USING btree ("registered_on") WHERE "project"."registered_on" is not null;--> statement-breakpoint
CREATE INDEX "approval_decided_idx" ON "approval" USING btree ("decided_on") WHERE "approval"."decided_on" is not null;--> statement-breakpoint
-- The year-end rollup: a project's stage at the end of `p_year` from its stage history.
CREATE FUNCTION "project_year_stage_refresh"(p_project uuid, p_from integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  this_year integer := extract(year from (now() at time zone 'Asia/Shanghai'))::integer;
BEGIN
  INSERT INTO "project_year_stage" ("project_id", "year", "stage")
  SELECT p_project, y::smallint, s.to_stage
  FROM generate_series(p_from, greatest(p_from, this_year)) AS y
  CROSS JOIN LATERAL (
    SELECT e.to_stage FROM "stage_event" e
    WHERE e.project_id = p_project AND e.occurred_on <= make_date(y, 12, 31)
    ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1
  ) s
  ON CONFLICT ("year", "project_id") DO UPDATE SET "stage" = excluded."stage";
END $$;
--> statement-breakpoint
-- Every move, backdated or not, rewrites the year ends from its year to this one.
CREATE FUNCTION "stage_event_year_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "project_year_stage_refresh"(NEW.project_id, extract(year from NEW.occurred_on)::integer);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "stage_event_year_rollup" AFTER INSERT ON "stage_event" FOR EACH ROW EXECUTE FUNCTION "stage_event_year_rollup"();
--> statement-breakpoint
-- Existing history, rolled up once.
INSERT INTO "project_year_stage" ("project_id", "year", "stage")
SELECT f.project_id, y::smallint, s.to_stage
FROM (SELECT project_id, min(extract(year from occurred_on))::integer AS first FROM "stage_event" GROUP BY project_id) f
CROSS JOIN LATERAL generate_series(f.first, greatest(f.first, extract(year from (now() at time zone 'Asia/Shanghai'))::integer)) AS y
CROSS JOIN LATERAL (
  SELECT e.to_stage FROM "stage_event" e
  WHERE e.project_id = f.project_id AND e.occurred_on <= make_date(y, 12, 31)
  ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1
) s;
