CREATE TYPE "public"."audit_result" AS ENUM('done', 'refused', 'failed');--> statement-breakpoint
CREATE TABLE "audit_log_archive" (
	"id" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"user_agent" text,
	"result" "audit_result" NOT NULL,
	"seq" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"archived_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "result" "audit_result" DEFAULT 'done' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The digest of one row: SHA-256 over the hash of the row before it, its place in the chain and every
-- field, each in a form that does not depend on the session (time as microseconds since the epoch,
-- jsonb in its normalised text). `pnpm audit:verify` recomputes it in TypeScript.
CREATE FUNCTION "audit_log_digest"("prev" text, "seq" bigint, "id" bigint, "at" timestamptz, "actor_id" uuid, "action" text,
  "entity" text, "entity_id" text, "before" jsonb, "after" jsonb, "ip" text, "user_agent" text, "result" "audit_result")
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f', "prev", "seq"::text, "id"::text,
    (extract(epoch FROM "at") * 1000000)::bigint::text, coalesce("actor_id"::text, ''), "action", "entity",
    coalesce("entity_id", ''), coalesce("before"::text, ''), coalesce("after"::text, ''), coalesce("ip", ''),
    coalesce("user_agent", ''), "result"::text), 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- The rows already kept, chained in the order they were written.
DO $$
DECLARE r record; prev text := ''; n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM "audit_log" ORDER BY "id" LOOP
    n := n + 1;
    UPDATE "audit_log" SET "seq" = n, "prev_hash" = prev,
      "hash" = "audit_log_digest"(prev, n, r."id", r."at", r."actor_id", r."action", r."entity", r."entity_id",
        r."before", r."after", r."ip", r."user_agent", r."result")
    WHERE "id" = r."id" RETURNING "hash" INTO prev;
  END LOOP;
END $$;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_archive_seq_idx" ON "audit_log_archive" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");--> statement-breakpoint
-- Each new row is chained to the last one under a transaction-wide lock, whatever the writer sent.
CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
  SELECT "seq", "hash" INTO last FROM (
    SELECT "seq", "hash" FROM "audit_log" UNION ALL SELECT "seq", "hash" FROM "audit_log_archive"
  ) c ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(last."seq", 0) + 1;
  NEW."prev_hash" := coalesce(last."hash", '');
  NEW."hash" := "audit_log_digest"(NEW."prev_hash", NEW."seq", NEW."id", NEW."at", NEW."actor_id", NEW."action",
    NEW."entity", NEW."entity_id", NEW."before", NEW."after", NEW."ip", NEW."user_agent", NEW."result");
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_log_chain" BEFORE INSERT ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();--> statement-breakpoint
-- Nobody changes or deletes a row; only the archival function below moves old ones, whole.
CREATE FUNCTION "audit_log_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('crm.audit_archiving', true) = 'on' THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'the audit log cannot be changed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_log_immutable" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_immutable"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_immutable"();--> statement-breakpoint
CREATE TRIGGER "audit_log_archive_immutable" BEFORE UPDATE OR DELETE ON "audit_log_archive" FOR EACH ROW EXECUTE FUNCTION "audit_log_immutable"();--> statement-breakpoint
CREATE TRIGGER "audit_log_archive_no_truncate" BEFORE TRUNCATE ON "audit_log_archive" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_immutable"();--> statement-breakpoint
-- Moves rows written before `cutoff` (never within the last 180 days, never the last row, so the
-- chain goes on) into the archive with their hashes; returns how many. Runs as the owner.
CREATE FUNCTION "audit_log_archive"("cutoff" timestamptz) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE moved bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
  PERFORM set_config('crm.audit_archiving', 'on', true);
  WITH gone AS (
    DELETE FROM "audit_log"
    WHERE "at" < least("cutoff", now() - interval '180 days') AND "seq" < (SELECT max("seq") FROM "audit_log")
    RETURNING *
  )
  INSERT INTO "audit_log_archive" ("id", "at", "actor_id", "action", "entity", "entity_id", "before", "after", "ip",
    "user_agent", "result", "seq", "prev_hash", "hash")
  SELECT "id", "at", "actor_id", "action", "entity", "entity_id", "before", "after", "ip", "user_agent", "result",
    "seq", "prev_hash", "hash" FROM gone;
  GET DIAGNOSTICS moved = ROW_COUNT;
  PERFORM set_config('crm.audit_archiving', 'off', true);
  RETURN moved;
END $$;--> statement-breakpoint
-- The application's own database role: everything it needs, but the audit tables only to read and
-- append. Migrations run as the owner; a deployment's login role is made a member of crm_app.
DO $$
BEGIN
  CREATE ROLE "crm_app" NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO "crm_app";--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "crm_app";--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "crm_app";--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "crm_app";--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "crm_app";--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "audit_log_archive" FROM "crm_app";--> statement-breakpoint
REVOKE ALL ON FUNCTION "audit_log_archive"(timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "audit_log_archive"(timestamptz) TO "crm_app";