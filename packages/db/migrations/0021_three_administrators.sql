ALTER TABLE "app_user" ALTER COLUMN "role" SET DATA TYPE text;--> statement-breakpoint
-- 三员分立: the one administrator of before becomes the system administrator (accounts, units,
-- dictionaries); the security and audit administrators are made with `pnpm admin:create --role`.
-- Its sessions end, so the next one carries the narrower permissions.
UPDATE "app_user" SET "role" = 'sysadmin', "session_version" = "session_version" + 1 WHERE "role" = 'admin';--> statement-breakpoint
DROP TYPE "public"."role";--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('sysadmin', 'secadmin', 'auditor', 'bureau_lead', 'bureau_staff', 'zone_staff', 'dept_staff', 'town_staff', 'leader', 'enterprise');--> statement-breakpoint
ALTER TABLE "app_user" ALTER COLUMN "role" SET DATA TYPE "public"."role" USING "role"::"public"."role";