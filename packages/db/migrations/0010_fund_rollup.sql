CREATE TABLE "fund_rollup" (
	"span" text NOT NULL,
	"starts_on" date NOT NULL,
	"zone_id" uuid NOT NULL,
	"chain_id" uuid,
	"amount" numeric(16, 2) NOT NULL,
	"projects" integer NOT NULL,
	CONSTRAINT "fund_rollup_key" UNIQUE NULLS NOT DISTINCT("span","starts_on","zone_id","chain_id")
);
--> statement-breakpoint
-- Recomputes the rollup's rows for the given (zone, chain, month) keys: those months and their years.
CREATE FUNCTION "fund_rollup_refresh"(p_zones uuid[], p_chains uuid[], p_months date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "fund_rollup" r USING (SELECT DISTINCT * FROM unnest(p_zones, p_chains, p_months) AS u(zone_id, chain_id, month)) k
  WHERE r.zone_id = k.zone_id AND r.chain_id IS NOT DISTINCT FROM k.chain_id
    AND ((r.span = 'month' AND r.starts_on = k.month) OR (r.span = 'year' AND r.starts_on = date_trunc('year', k.month)::date));
  INSERT INTO "fund_rollup" ("span", "starts_on", "zone_id", "chain_id", "amount", "projects")
  SELECT 'month', f.month, p.zone_id, p.chain_id, sum(f.amount), count(DISTINCT f.project_id)
  FROM "fund_posting" f JOIN "project" p ON p.id = f.project_id
  JOIN (SELECT DISTINCT zone_id, chain_id, month FROM unnest(p_zones, p_chains, p_months) AS u(zone_id, chain_id, month)) k
    ON p.zone_id = k.zone_id AND p.chain_id IS NOT DISTINCT FROM k.chain_id AND f.month = k.month
  GROUP BY f.month, p.zone_id, p.chain_id
  UNION ALL
  SELECT 'year', k.y, p.zone_id, p.chain_id, sum(f.amount), count(DISTINCT f.project_id)
  FROM "fund_posting" f JOIN "project" p ON p.id = f.project_id
  JOIN (SELECT DISTINCT zone_id, chain_id, date_trunc('year', month)::date AS y FROM unnest(p_zones, p_chains, p_months) AS u(zone_id, chain_id, month)) k
    ON p.zone_id = k.zone_id AND p.chain_id IS NOT DISTINCT FROM k.chain_id AND f.month >= k.y AND f.month < (k.y + interval '1 year')
  GROUP BY k.y, p.zone_id, p.chain_id;
END $$;
--> statement-breakpoint
CREATE FUNCTION "fund_posting_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  z uuid[]; c uuid[]; m date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(p.zone_id), array_agg(p.chain_id), array_agg(n.month) INTO z, c, m
    FROM (SELECT DISTINCT project_id, month FROM new_rows) n JOIN "project" p ON p.id = n.project_id;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(p.zone_id), array_agg(p.chain_id), array_agg(o.month) INTO z, c, m
    FROM (SELECT DISTINCT project_id, month FROM old_rows) o JOIN "project" p ON p.id = o.project_id;
  ELSE
    SELECT array_agg(p.zone_id), array_agg(p.chain_id), array_agg(x.month) INTO z, c, m
    FROM (SELECT project_id, month FROM new_rows UNION SELECT project_id, month FROM old_rows) x JOIN "project" p ON p.id = x.project_id;
  END IF;
  IF z IS NOT NULL THEN PERFORM "fund_rollup_refresh"(z, c, m); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "fund_posting_rollup_insert" AFTER INSERT ON "fund_posting" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fund_posting_rollup"();
--> statement-breakpoint
CREATE TRIGGER "fund_posting_rollup_update" AFTER UPDATE ON "fund_posting" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fund_posting_rollup"();
--> statement-breakpoint
CREATE TRIGGER "fund_posting_rollup_delete" AFTER DELETE ON "fund_posting" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fund_posting_rollup"();
--> statement-breakpoint
-- A project moved to another zone or chain takes its funds with it: both keys are recomputed.
CREATE FUNCTION "project_fund_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  z uuid[]; c uuid[]; m date[];
BEGIN
  SELECT array_agg(k.zone_id), array_agg(k.chain_id), array_agg(k.month) INTO z, c, m
  FROM (
    SELECT o.zone_id, o.chain_id, f.month FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "fund_posting" f ON f.project_id = o.id
    WHERE o.zone_id IS DISTINCT FROM n.zone_id OR o.chain_id IS DISTINCT FROM n.chain_id
    UNION
    SELECT n.zone_id, n.chain_id, f.month FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "fund_posting" f ON f.project_id = n.id
    WHERE o.zone_id IS DISTINCT FROM n.zone_id OR o.chain_id IS DISTINCT FROM n.chain_id
  ) k;
  IF z IS NOT NULL THEN PERFORM "fund_rollup_refresh"(z, c, m); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "project_fund_rollup" AFTER UPDATE ON "project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "project_fund_rollup"();
--> statement-breakpoint
-- Existing postings, rolled up once.
SELECT "fund_rollup_refresh"(array_agg(p.zone_id), array_agg(p.chain_id), array_agg(f.month))
FROM (SELECT DISTINCT project_id, month FROM "fund_posting") f JOIN "project" p ON p.id = f.project_id;
