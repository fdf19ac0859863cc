import {
  APPROVAL_STATUSES,
  CHAIN_STRENGTHS,
  CHAIN_TIERS,
  FOLLOW_UP_KINDS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  MEETING_KINDS,
  ORG_KINDS,
  PROJECT_TYPES,
  REQUEST_CATEGORIES,
  REQUEST_ENTRY_KINDS,
  REQUEST_STATUSES,
  RISK_KINDS,
  ROLES,
  STAGES,
  TASK_PRIORITIES,
  TASK_REPLY_KINDS,
  TASK_STATUSES,
  TASK_SUBJECTS,
  WEBHOOK_DELIVERY_STATUSES,
} from "@crm/domain";
import { pgEnum } from "drizzle-orm/pg-core";

export const orgKind = pgEnum("org_kind", ORG_KINDS);
export const role = pgEnum("role", ROLES);
export const stage = pgEnum("stage", STAGES);
export const chainTier = pgEnum("chain_tier", CHAIN_TIERS);
export const chainStrength = pgEnum("chain_strength", CHAIN_STRENGTHS);
export const approvalStatus = pgEnum("approval_status", APPROVAL_STATUSES);
export const leadSource = pgEnum("lead_source", LEAD_SOURCES);
export const leadStatus = pgEnum("lead_status", LEAD_STATUSES);
export const followUpKind = pgEnum("follow_up_kind", FOLLOW_UP_KINDS);
export const taskStatus = pgEnum("task_status", TASK_STATUSES);
export const taskPriority = pgEnum("task_priority", TASK_PRIORITIES);
export const taskSubject = pgEnum("task_subject", TASK_SUBJECTS);
export const taskReplyKind = pgEnum("task_reply_kind", TASK_REPLY_KINDS);
export const projectType = pgEnum("project_type", PROJECT_TYPES);
export const requestCategory = pgEnum("request_category", REQUEST_CATEGORIES);
export const requestStatus = pgEnum("request_status", REQUEST_STATUSES);
export const requestEntryKind = pgEnum("request_entry_kind", REQUEST_ENTRY_KINDS);
export const riskKind = pgEnum("risk_kind", RISK_KINDS);
export const meetingKind = pgEnum("meeting_kind", MEETING_KINDS);
export const deliveryStatus = pgEnum("webhook_delivery_status", WEBHOOK_DELIVERY_STATUSES);
