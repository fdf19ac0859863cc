import type { ApprovalStatus, ProjectTag, Stage } from "@crm/domain";

import type { ChainCode } from "./chains";
import type { Username } from "./people";
import type { UnitCode, ZoneCode } from "./units";

export interface EnterpriseSpec {
  key: string;
  name: string;
  /** Given for the ones the stories name; generated for every enterprise with a landed project. */
  creditCode?: string;
  originRegion?: string;
  originCity?: string;
  industry?: string;
  fortune500?: boolean;
  aboveScaleSince?: string;
  contactName?: string;
  contactPhone?: string;
}

export interface ApprovalSpec {
  item: string;
  department: UnitCode;
  status: ApprovalStatus;
  startedOn?: string;
  submittedOn?: string;
  decidedOn?: string;
  timeLimitDays?: number;
  blocker?: string;
  helpedBy?: Username;
}

/** A stage reached on a date. Moves are listed in order; stages skipped between two are filled in. */
export type Move = readonly [Stage, string] | readonly [Stage, string, string];

export interface ProjectSpec {
  key: string;
  name: string;
  enterprise: string;
  chain: ChainCode | null;
  zone: ZoneCode;
  moves: readonly Move[];
  plannedAmount?: string;
  signedAmount?: string;
  investedAmount?: string;
  landArea?: string;
  jobs?: number;
  content?: string;
  tags?: readonly ProjectTag[];
  codeName?: string;
  contact?: Username;
  leader?: Username;
  /** 到位资金 by month: [YYYY-MM-01, 万元]. */
  funds?: readonly (readonly [string, string])[];
  approvals?: readonly ApprovalSpec[];
}
