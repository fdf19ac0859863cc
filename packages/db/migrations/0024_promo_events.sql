CREATE TYPE "public"."promo_event_kind" AS ENUM('roadshow', 'signing', 'homecoming', 'expo', 'other');--> statement-breakpoint
CREATE TABLE "promo_event_attendee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_name" text NOT NULL,
	"enterprise_key" text NOT NULL,
	"person" text,
	"phone" text,
	"invited" boolean DEFAULT true NOT NULL,
	"checked_in_at" timestamp with time zone,
	"lead_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promo_event_signing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"signed_amount_wan" numeric(14, 2) NOT NULL,
	"counted" boolean NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promo_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "promo_event_kind" NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"organisers" text,
	"cost_wan" numeric(14, 2),
	"owner_unit_id" uuid NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "promo_event_attendee" ADD CONSTRAINT "promo_event_attendee_event_id_promo_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."promo_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event_attendee" ADD CONSTRAINT "promo_event_attendee_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event_signing" ADD CONSTRAINT "promo_event_signing_event_id_promo_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."promo_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event_signing" ADD CONSTRAINT "promo_event_signing_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event_signing" ADD CONSTRAINT "promo_event_signing_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event" ADD CONSTRAINT "promo_event_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_event" ADD CONSTRAINT "promo_event_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "promo_event_attendee_event_idx" ON "promo_event_attendee" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "promo_event_attendee_key_idx" ON "promo_event_attendee" USING btree ("enterprise_key");--> statement-breakpoint
CREATE INDEX "promo_event_attendee_lead_idx" ON "promo_event_attendee" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promo_event_signing_event_project_uq" ON "promo_event_signing" USING btree ("event_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promo_event_signing_counted_uq" ON "promo_event_signing" USING btree ("project_id") WHERE "promo_event_signing"."counted";--> statement-breakpoint
CREATE INDEX "promo_event_signing_project_idx" ON "promo_event_signing" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "promo_event_held_idx" ON "promo_event" USING btree ("held_on");--> statement-breakpoint
-- hand-written below
-- The app role reads and writes the three tables (the default privileges of 0019 already give it
-- this; said here so the grant does not depend on which role ran the migration).
GRANT SELECT, INSERT, UPDATE, DELETE ON "promo_event", "promo_event_attendee", "promo_event_signing" TO "crm_app";
