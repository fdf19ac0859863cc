DROP INDEX "project_updated_idx";--> statement-breakpoint
CREATE INDEX "project_amount_idx" ON "project" USING btree (coalesce("signed_amount", "planned_amount", 0) desc,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "project_updated_idx" ON "project" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);