CREATE TABLE "bulletin" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	CONSTRAINT "bulletin_month_unique" UNIQUE("month")
);
--> statement-breakpoint
ALTER TABLE "bulletin" ADD CONSTRAINT "bulletin_issued_by_id_app_user_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;