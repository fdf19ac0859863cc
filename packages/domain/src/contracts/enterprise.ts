import { z } from "zod";

import { CalendarDate, MOBILE, Uuid } from "../schemas";
import { Username } from "./account";

/** Enterprise tags (DOMAIN §2). 四上 is not a tag: it is `aboveScaleSince`, which also says since when. */
export const ENTERPRISE_TAGS = ["fortune500"] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

/** Enterprises, e.g. those that became 四上 within a year, optionally with a project in a zone or chain. */
export const EnterpriseListInput = z.object({
  aboveScaleFrom: CalendarDate.optional(),
  aboveScaleTo: CalendarDate.optional(),
  zoneId: Uuid.optional(),
  chainId: Uuid.optional(),
  q: z.string().trim().max(60).optional(),
});
export type EnterpriseListFilter = z.infer<typeof EnterpriseListInput>;

/** A portal account for an enterprise, opened by the bureau. */
export const CreateEnterpriseAccountInput = z.object({
  enterpriseId: Uuid,
  username: Username,
  displayName: z.string().trim().max(40).min(1),
  mobile: z.string().trim().regex(MOBILE, "account.mobileInvalid").optional().nullable(),
});
export type CreateEnterpriseAccountInput = z.infer<typeof CreateEnterpriseAccountInput>;
