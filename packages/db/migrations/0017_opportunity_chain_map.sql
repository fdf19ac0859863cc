CREATE TYPE "public"."carrier_kind" AS ENUM('land', 'factory', 'building', 'shop', 'scenic');--> statement-breakpoint
CREATE TYPE "public"."carrier_state" AS ENUM('available', 'in_talks', 'taken');--> statement-breakpoint
CREATE TYPE "public"."land_readiness" AS ENUM('three', 'seven');--> statement-breakpoint
CREATE TYPE "public"."land_supply_state" AS ENUM('reserved', 'ready', 'approved_unsupplied', 'contracted', 'under_construction');--> statement-breakpoint
CREATE TYPE "public"."prospect_size_band" AS ENUM('small', 'medium', 'large', 'giant');--> statement-breakpoint
CREATE TYPE "public"."prospect_status" AS ENUM('open', 'lead_raised', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."share_kind" AS ENUM('chain', 'opportunities');--> statement-breakpoint
CREATE TYPE "public"."space_state" AS ENUM('free', 'let', 'reserved');--> statement-breakpoint
CREATE TABLE "chain_node_enterprise" (
	"node_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_node_enterprise_node_id_enterprise_id_pk" PRIMARY KEY("node_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "carrier_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carrier_node" (
	"carrier_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "carrier_node_carrier_id_node_id_pk" PRIMARY KEY("carrier_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "carrier_space" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"label" text NOT NULL,
	"floor" integer,
	"area_sqm" numeric(12, 2) NOT NULL,
	"clear_height_m" numeric(6, 2),
	"floor_load_t" numeric(6, 2),
	"power_kva" integer,
	"freight_lift" boolean DEFAULT false NOT NULL,
	"rent_yuan_per_sqm" numeric(10, 2),
	"state" "space_state" DEFAULT 'free' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carrier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "carrier_kind" NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"zone_id" uuid NOT NULL,
	"chain_id" uuid,
	"location_text" text NOT NULL,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"area_mu" numeric(12, 2),
	"floor_area_sqm" numeric(12, 2),
	"planned_use" text,
	"plot_ratio" numeric(6, 2),
	"intensity_wan_per_mu" numeric(12, 2),
	"price_wan_per_mu" numeric(12, 2),
	"supply_state" "land_supply_state",
	"readiness" "land_readiness",
	"available_from" date,
	"rent_yuan_per_sqm" numeric(10, 2),
	"description" text,
	"state" "carrier_state" DEFAULT 'available' NOT NULL,
	"lead_id" uuid,
	"project_id" uuid,
	"owner_unit_id" uuid NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"verified_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "carrier_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "prospect" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"name_initials" text NOT NULL,
	"credit_code" text,
	"chain_id" uuid NOT NULL,
	"node_id" uuid,
	"size_band" "prospect_size_band" NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"hq_region" text,
	"hq_city" text,
	"tip_source" text,
	"risk_points" integer DEFAULT 0 NOT NULL,
	"risk_note" text,
	"contact_name" text,
	"contact_phone" text,
	"notes" text,
	"owner_unit_id" uuid NOT NULL,
	"verified_on" date NOT NULL,
	"status" "prospect_status" DEFAULT 'open' NOT NULL,
	"lead_id" uuid,
	"drop_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "share_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"kind" "share_kind" NOT NULL,
	"chain_id" uuid,
	"zone_id" uuid,
	"title" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_on" date,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	CONSTRAINT "share_link_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
-- The hand-set strengths become overrides with a reason: from now on strength is derived (domain nodeStrength).
ALTER TABLE "chain_node" RENAME COLUMN "strength" TO "strength_override";--> statement-breakpoint
ALTER TABLE "chain_node" ALTER COLUMN "strength_override" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "override_reason" text;--> statement-breakpoint
UPDATE "chain_node" SET "override_reason" = '图谱原有人工标注' WHERE "strength_override" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_node" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "chain_node_id" uuid;--> statement-breakpoint
ALTER TABLE "chain_node_enterprise" ADD CONSTRAINT "chain_node_enterprise_node_id_chain_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_node_enterprise" ADD CONSTRAINT "chain_node_enterprise_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_attachment" ADD CONSTRAINT "carrier_attachment_carrier_id_carrier_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carrier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_attachment" ADD CONSTRAINT "carrier_attachment_uploaded_by_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_node" ADD CONSTRAINT "carrier_node_carrier_id_carrier_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carrier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_node" ADD CONSTRAINT "carrier_node_node_id_chain_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_node"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_space" ADD CONSTRAINT "carrier_space_carrier_id_carrier_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carrier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier" ADD CONSTRAINT "carrier_zone_id_org_unit_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier" ADD CONSTRAINT "carrier_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier" ADD CONSTRAINT "carrier_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier" ADD CONSTRAINT "carrier_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier" ADD CONSTRAINT "carrier_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect" ADD CONSTRAINT "prospect_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect" ADD CONSTRAINT "prospect_node_id_chain_node_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect" ADD CONSTRAINT "prospect_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect" ADD CONSTRAINT "prospect_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_chain_id_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chain"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_zone_id_org_unit_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_revoked_by_id_app_user_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_node_enterprise_enterprise_idx" ON "chain_node_enterprise" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "carrier_attachment_carrier_idx" ON "carrier_attachment" USING btree ("carrier_id");--> statement-breakpoint
CREATE INDEX "carrier_node_node_idx" ON "carrier_node" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "carrier_space_carrier_idx" ON "carrier_space" USING btree ("carrier_id","state");--> statement-breakpoint
CREATE INDEX "carrier_zone_kind_idx" ON "carrier" USING btree ("zone_id","kind","state");--> statement-breakpoint
CREATE INDEX "carrier_kind_state_idx" ON "carrier" USING btree ("kind","state");--> statement-breakpoint
CREATE INDEX "carrier_chain_idx" ON "carrier" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "carrier_owner_idx" ON "carrier" USING btree ("owner_unit_id","verified_on");--> statement-breakpoint
CREATE INDEX "carrier_project_idx" ON "carrier" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "carrier_lead_idx" ON "carrier" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "prospect_chain_node_idx" ON "prospect" USING btree ("chain_id","node_id","status");--> statement-breakpoint
CREATE INDEX "prospect_owner_idx" ON "prospect" USING btree ("owner_unit_id","verified_on");--> statement-breakpoint
CREATE INDEX "prospect_name_key_idx" ON "prospect" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "prospect_lead_idx" ON "prospect" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "prospect_name_trgm_idx" ON "prospect" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "share_link_created_idx" ON "share_link" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "chain_node" ADD CONSTRAINT "chain_node_parent_id_chain_node_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chain_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_chain_node_id_chain_node_id_fk" FOREIGN KEY ("chain_node_id") REFERENCES "public"."chain_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_node_link_to_idx" ON "chain_node_link" USING btree ("to_node_id");--> statement-breakpoint
CREATE INDEX "chain_node_parent_idx" ON "chain_node" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "project_chain_node_idx" ON "project" USING btree ("chain_node_id");