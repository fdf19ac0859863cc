-- pg_trgm backs the trigram indexes for search (name, pinyin initials). PGlite loads it as an extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."approval_status" AS ENUM('not_started', 'preparing', 'submitted', 'in_review', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."chain_strength" AS ENUM('strong', 'weak', 'missing');--> statement-breakpoint
CREATE TYPE "public"."chain_tier" AS ENUM('upstream', 'midstream', 'downstream');--> statement-breakpoint
CREATE TYPE "public"."follow_up_kind" AS ENUM('visit', 'call', 'meeting', 'negotiation', 'note');--> statement-breakpoint
CREATE TYPE "public"."lead_source" AS ENUM('department', 'town', 'event', 'chamber', 'leader_trip', 'platform', 'self_visit');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('new', 'assigned', 'converted', 'dropped', 'merged');--> statement-breakpoint
CREATE TYPE "public"."org_kind" AS ENUM('bureau', 'zone', 'department', 'town', 'leadership');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'bureau_lead', 'bureau_staff', 'zone_staff', 'dept_staff', 'town_staff', 'leader', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('planned', 'reserve', 'negotiating', 'signed', 'registered', 'under_construction', 'in_production', 'operating', 'paused', 'lost');--> statement-breakpoint
CREATE TABLE "org_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" "org_kind" NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_unit_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"mobile" text,
	"display_name" text NOT NULL,
	"title" text,
	"role" "role" NOT NULL,
	"unit_id" uuid,
	"enterprise_id" uuid,
	"password_hash" text NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "app_user_username_unique" UNIQUE("username"),
	CONSTRAINT "app_user_mobile_unique" UNIQUE("mobile")
);
--> statement-breakpoint
CREATE TABLE "enterprise" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"name_initials" text NOT NULL,
	"credit_code" text,
	"origin_region" text,
	"origin_city" text,
	"industry" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"above_scale_since" date,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "enterprise_creditCode_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "chain_node_link" (
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	CONSTRAINT "chain_node_link_from_node_id_to_node_id_pk" PRIMARY KEY("from_node_id","to_node_id")
);
--> statement-breakpoint
CREATE TABLE "chain_node" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chain_id" uuid NOT NULL,
	"tier" "chain_tier" NOT NULL,
	"name" text NOT NULL,
	"strength" "chain_strength" NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "fund_posting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"posted_by_id" uuid,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_posting_month_first_day" CHECK (extract(day from "fund_posting"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_initials" text NOT NULL,
	"code_name" text,
	"enterprise_id" uuid NOT NULL,
	"chain_id" uuid,
	"zone_id" uuid NOT NULL,
	"responsible_unit_id" uuid NOT NULL,
	"service_contact_id" uuid,
	"responsible_leader_id" uuid,
	"stage" "stage" NOT NULL,
	"planned_amount" numeric(14, 2),
	"signed_amount" numeric(14, 2),
	"invested_amount" numeric(14, 2),
	"land_area" numeric(12, 2),
	"jobs" integer,
	"construction_content" text,
	"signed_on" date,
	"registered_on" date,
	"construction_started_on" date,
	"production_started_on" date,
	"operating_since" date,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "stage_event_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" uuid NOT NULL,
	"from_stage" "stage",
	"to_stage" "stage" NOT NULL,
	"occurred_on" date NOT NULL,
	"actor_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"item" text NOT NULL,
	"department_id" uuid NOT NULL,
	"status" "approval_status" DEFAULT 'not_started' NOT NULL,
	"started_on" date,
	"submitted_on" date,
	"decided_on" date,
	"time_limit_days" integer,
	"blocker" text,
	"helped_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "lead_reporter" (
	"lead_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	CONSTRAINT "lead_reporter_lead_id_unit_id_pk" PRIMARY KEY("lead_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "lead" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid,
	"enterprise_name" text NOT NULL,
	"enterprise_key" text NOT NULL,
	"credit_code" text,
	"source" "lead_source" NOT NULL,
	"reporting_unit_id" uuid NOT NULL,
	"reported_by_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"chain_id" uuid,
	"intended_amount" numeric(14, 2),
	"notes" text,
	"status" "lead_status" DEFAULT 'new' NOT NULL,
	"assignee_unit_id" uuid,
	"assigned_by_id" uuid,
	"assigned_on" date,
	"due_on" date,
	"drop_reason" text,
	"project_id" uuid,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid,
	"lead_id" uuid,
	"kind" "follow_up_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"people" text,
	"summary" text NOT NULL,
	"next_step" text,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_subject" CHECK ("follow_up"."project_id" is not null or "follow_up"."lead_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "user_preference" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preference_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_node_link" ADD CONSTRAINT "chain_node_link_from_node_id_chain_node_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."chain_node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_node_link" ADD CONSTRAINT "chain_node_link_to_node_id_chain_node_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."chain_node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_node" ADD CONSTRAINT "chain_node_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_posting" ADD CONSTRAINT "fund_posting_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_posting" ADD CONSTRAINT "fund_posting_posted_by_id_app_user_id_fk" FOREIGN KEY ("posted_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_zone_id_org_unit_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_responsible_unit_id_org_unit_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_service_contact_id_app_user_id_fk" FOREIGN KEY ("service_contact_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_responsible_leader_id_app_user_id_fk" FOREIGN KEY ("responsible_leader_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_event" ADD CONSTRAINT "stage_event_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_event" ADD CONSTRAINT "stage_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval" ADD CONSTRAINT "approval_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval" ADD CONSTRAINT "approval_department_id_org_unit_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval" ADD CONSTRAINT "approval_helped_by_id_app_user_id_fk" FOREIGN KEY ("helped_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reporter" ADD CONSTRAINT "lead_reporter_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reporter" ADD CONSTRAINT "lead_reporter_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_reporter" ADD CONSTRAINT "lead_reporter_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_reporting_unit_id_org_unit_id_fk" FOREIGN KEY ("reporting_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_reported_by_id_app_user_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_assignee_unit_id_org_unit_id_fk" FOREIGN KEY ("assignee_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_assigned_by_id_app_user_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead" ADD CONSTRAINT "lead_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_preference" ADD CONSTRAINT "user_preference_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_unit_kind_idx" ON "org_unit" USING btree ("kind","sort");--> statement-breakpoint
CREATE INDEX "app_user_unit_idx" ON "app_user" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "app_user_enterprise_idx" ON "app_user" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_name_trgm_idx" ON "enterprise" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprise_initials_trgm_idx" ON "enterprise" USING gin ("name_initials" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprise_name_key_idx" ON "enterprise" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "enterprise_above_scale_idx" ON "enterprise" USING btree ("above_scale_since");--> statement-breakpoint
CREATE INDEX "chain_node_chain_idx" ON "chain_node" USING btree ("chain_id","tier","sort");--> statement-breakpoint
CREATE INDEX "fund_posting_project_idx" ON "fund_posting" USING btree ("project_id","month");--> statement-breakpoint
CREATE INDEX "fund_posting_month_idx" ON "fund_posting" USING btree ("month");--> statement-breakpoint
CREATE INDEX "project_zone_stage_idx" ON "project" USING btree ("zone_id","stage");--> statement-breakpoint
CREATE INDEX "project_responsible_unit_idx" ON "project" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE INDEX "project_enterprise_idx" ON "project" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "project_chain_idx" ON "project" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "project_stage_idx" ON "project" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "project_tags_idx" ON "project" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "project_name_trgm_idx" ON "project" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "project_initials_trgm_idx" ON "project" USING gin ("name_initials" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "project_updated_idx" ON "project" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "stage_event_project_idx" ON "stage_event" USING btree ("project_id","occurred_on","seq");--> statement-breakpoint
CREATE INDEX "stage_event_to_stage_idx" ON "stage_event" USING btree ("to_stage","occurred_on");--> statement-breakpoint
CREATE INDEX "approval_department_idx" ON "approval" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "approval_project_idx" ON "approval" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "lead_reporter_unit_idx" ON "lead_reporter" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "lead_reporting_unit_idx" ON "lead" USING btree ("reporting_unit_id","reported_on");--> statement-breakpoint
CREATE INDEX "lead_assignee_idx" ON "lead" USING btree ("assignee_unit_id","status");--> statement-breakpoint
CREATE INDEX "lead_enterprise_key_idx" ON "lead" USING btree ("enterprise_key");--> statement-breakpoint
CREATE INDEX "lead_credit_code_idx" ON "lead" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "lead_status_idx" ON "lead" USING btree ("status","reported_on");--> statement-breakpoint
CREATE INDEX "follow_up_project_idx" ON "follow_up" USING btree ("project_id","occurred_on");--> statement-breakpoint
CREATE INDEX "follow_up_lead_idx" ON "follow_up" USING btree ("lead_id","occurred_on");