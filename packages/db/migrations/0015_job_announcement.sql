CREATE TABLE "job_announcement" (
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_announcement_kind_subject_id_pk" PRIMARY KEY("kind","subject_id")
);
--> statement-breakpoint
-- What was announced before this table existed is not announced again.
INSERT INTO "job_announcement" ("kind", "subject_id", "created_at")
SELECT DISTINCT ON (kind, subject) kind, subject::uuid, created_at FROM (
  SELECT "kind", substring("link" from '^/work/([0-9a-f-]{36})$') AS subject, "created_at" FROM "notification" WHERE "kind" = 'task.overdue'
  UNION ALL
  SELECT "kind", substring("link" from '\?approval=([0-9a-f-]{36})$'), "created_at" FROM "notification" WHERE "kind" = 'approval.overdue'
) announced WHERE subject IS NOT NULL
ON CONFLICT DO NOTHING;
