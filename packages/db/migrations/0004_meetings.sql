CREATE TYPE "public"."meeting_kind" AS ENUM('joint', 'dispatch', 'task_force');--> statement-breakpoint
CREATE TABLE "meeting_agenda_item" (
	"meeting_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meeting_agenda_item_meeting_id_project_id_pk" PRIMARY KEY("meeting_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_unit" (
	"meeting_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "meeting_unit_meeting_id_unit_id_pk" PRIMARY KEY("meeting_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "meeting_kind" NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"chair_id" uuid NOT NULL,
	"minutes" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_unit" ADD CONSTRAINT "meeting_unit_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_unit" ADD CONSTRAINT "meeting_unit_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_chair_id_app_user_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_held_idx" ON "meeting" USING btree ("held_on");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_meeting_idx" ON "task" USING btree ("meeting_id");