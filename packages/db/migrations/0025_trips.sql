CREATE TYPE "public"."meeting_interest" AS ENUM('high', 'medium', 'low', 'none');--> statement-breakpoint
CREATE TYPE "public"."trip_status" AS ENUM('planned', 'under_way', 'done');--> statement-breakpoint
CREATE TABLE "trip_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trip_id" uuid NOT NULL,
	"meets_on" date NOT NULL,
	"held" boolean DEFAULT true NOT NULL,
	"enterprise_name" text NOT NULL,
	"enterprise_key" text NOT NULL,
	"people" text,
	"interest" "meeting_interest" NOT NULL,
	"next_step" text,
	"recorded_by_id" uuid NOT NULL,
	"lead_id" uuid,
	"task_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trip_member" (
	"trip_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "trip_member_trip_id_user_id_pk" PRIMARY KEY("trip_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "trip_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trip_id" uuid NOT NULL,
	"prospect_id" uuid,
	"enterprise_name" text NOT NULL,
	"enterprise_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"destinations" text[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"purpose" text,
	"chain_ids" uuid[] DEFAULT '{}' NOT NULL,
	"goal_meetings" integer DEFAULT 0 NOT NULL,
	"goal_leads" integer DEFAULT 0 NOT NULL,
	"goal_signings" integer DEFAULT 0 NOT NULL,
	"debrief" text,
	"debriefed_on" date,
	"cost_wan" numeric(14, 2),
	"status" "trip_status" DEFAULT 'planned' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trip_meeting" ADD CONSTRAINT "trip_meeting_trip_id_trip_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_meeting" ADD CONSTRAINT "trip_meeting_recorded_by_id_app_user_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_meeting" ADD CONSTRAINT "trip_meeting_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_meeting" ADD CONSTRAINT "trip_meeting_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_member" ADD CONSTRAINT "trip_member_trip_id_trip_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_member" ADD CONSTRAINT "trip_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_target" ADD CONSTRAINT "trip_target_trip_id_trip_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip_target" ADD CONSTRAINT "trip_target_prospect_id_prospect_id_fk" FOREIGN KEY ("prospect_id") REFERENCES "public"."prospect"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip" ADD CONSTRAINT "trip_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trip" ADD CONSTRAINT "trip_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trip_meeting_trip_idx" ON "trip_meeting" USING btree ("trip_id","meets_on");--> statement-breakpoint
CREATE INDEX "trip_meeting_lead_idx" ON "trip_meeting" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "trip_meeting_key_idx" ON "trip_meeting" USING btree ("enterprise_key");--> statement-breakpoint
CREATE INDEX "trip_member_user_idx" ON "trip_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "trip_target_trip_idx" ON "trip_target" USING btree ("trip_id");--> statement-breakpoint
CREATE INDEX "trip_starts_idx" ON "trip" USING btree ("starts_on");--> statement-breakpoint
-- hand-written below
-- The app role reads and writes the trip tables (the default privileges of 0019 already give it this;
-- said here so the grant does not depend on which role ran the migration).
GRANT SELECT, INSERT, UPDATE, DELETE ON "trip", "trip_member", "trip_target", "trip_meeting" TO "crm_app";
