CREATE TYPE "public"."project_type" AS ENUM('manufacturing', 'kindergarten', 'retail_catering', 'tourism');--> statement-breakpoint
CREATE TYPE "public"."request_category" AS ENUM('approval', 'land', 'labour', 'finance', 'utilities', 'policy', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_entry_kind" AS ENUM('message', 'route', 'reply', 'resolve', 'rate', 'escalate');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('submitted', 'assigned', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."risk_kind" AS ENUM('wants_to_move', 'dispute', 'falling_output', 'other');--> statement-breakpoint
CREATE TABLE "approval_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"time_limit_days" integer NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "approval_item_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "approval_template" (
	"project_type" "project_type" PRIMARY KEY NOT NULL,
	"item_ids" uuid[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_request_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_request_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" "request_entry_kind" NOT NULL,
	"body" text,
	"author_id" uuid,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"project_id" uuid,
	"category" "request_category" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" "request_status" DEFAULT 'submitted' NOT NULL,
	"raised_by_id" uuid NOT NULL,
	"department_id" uuid,
	"time_limit_days" integer,
	"due_on" date,
	"routed_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"rating" integer,
	"rated_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
DROP INDEX "approval_department_idx";--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "visit_every_months" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "risk_kind" "risk_kind";--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "risk_note" text;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "risk_since" date;--> statement-breakpoint
ALTER TABLE "approval" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "approval" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "approval" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "approval_item" ADD CONSTRAINT "approval_item_department_id_org_unit_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_attachment" ADD CONSTRAINT "service_request_attachment_request_id_service_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_attachment" ADD CONSTRAINT "service_request_attachment_uploaded_by_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_entry" ADD CONSTRAINT "service_request_entry_request_id_service_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_entry" ADD CONSTRAINT "service_request_entry_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_entry" ADD CONSTRAINT "service_request_entry_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_raised_by_id_app_user_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_department_id_org_unit_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_request_attachment_request_idx" ON "service_request_attachment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "service_request_entry_request_idx" ON "service_request_entry" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "service_request_enterprise_idx" ON "service_request" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "service_request_department_idx" ON "service_request" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "service_request_status_idx" ON "service_request" USING btree ("status","due_on");--> statement-breakpoint
ALTER TABLE "approval" ADD CONSTRAINT "approval_item_id_approval_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."approval_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_risk_idx" ON "project" USING btree ("risk_kind") WHERE "project"."risk_kind" is not null;--> statement-breakpoint
CREATE INDEX "approval_department_idx" ON "approval" USING btree ("department_id","status","due_on");