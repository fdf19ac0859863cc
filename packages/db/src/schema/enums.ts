import {
  APPROVAL_STATUSES,
  CARRIER_KINDS,
  CARRIER_STATES,
  CHAIN_STRENGTHS,
  CHAIN_TIERS,
  FOLLOW_UP_KINDS,
  LAND_READINESS,
  LAND_SUPPLY_STATES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  MEETING_KINDS,
  ORG_KINDS,
  PROJECT_TYPES,
  PROMO_EVENT_KINDS,
  PROSPECT_SIZE_BANDS,
  PROSPECT_STATUSES,
  TRIP_STATUSES,
  MEETING_INTERESTS,
  REQUEST_CATEGORIES,
  REQUEST_ENTRY_KINDS,
  REQUEST_STATUSES,
  RISK_KINDS,
  ROLES,
  SHARE_KINDS,
  SPACE_STATES,
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
export const carrierKind = pgEnum("carrier_kind", CARRIER_KINDS);
export const carrierState = pgEnum("carrier_state", CARRIER_STATES);
export const landSupplyState = pgEnum("land_supply_state", LAND_SUPPLY_STATES);
export const landReadiness = pgEnum("land_readiness", LAND_READINESS);
export const spaceState = pgEnum("space_state", SPACE_STATES);
export const prospectSizeBand = pgEnum("prospect_size_band", PROSPECT_SIZE_BANDS);
export const prospectStatus = pgEnum("prospect_status", PROSPECT_STATUSES);
export const shareKind = pgEnum("share_kind", SHARE_KINDS);
export const auditResult = pgEnum("audit_result", ["done", "refused", "failed"]);
export const promoEventKind = pgEnum("promo_event_kind", PROMO_EVENT_KINDS);

export const tripStatus = pgEnum("trip_status", TRIP_STATUSES);
export const meetingInterest = pgEnum("meeting_interest", MEETING_INTERESTS);
