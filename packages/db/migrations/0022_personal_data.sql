ALTER TABLE "app_user" DROP CONSTRAINT "app_user_mobile_unique";--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "mobile_hash" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_mobileHash_unique" UNIQUE("mobile_hash");