DROP INDEX "approval_decided_idx";--> statement-breakpoint
CREATE INDEX "task_owed_due_idx" ON "task" USING btree ("due_on","assignee_unit_id") WHERE "task"."status" in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX "approval_decided_idx" ON "approval" USING btree ("decided_on","department_id","submitted_on","status") WHERE "approval"."decided_on" is not null;