ALTER TABLE "lead" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "lead" ADD COLUMN "contact_phone" text;