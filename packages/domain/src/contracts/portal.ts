import { z } from "zod";

import { PHONE } from "../schemas";

/** The enterprise's own contact details, as it keeps them in the portal. */
export const EnterpriseProfileInput = z.object({
  version: z.number().int().positive(),
  contactName: z.string().trim().max(40).min(1, "profile.nameRequired"),
  contactPhone: z.string().trim().regex(PHONE, "profile.phoneInvalid"),
});
export type EnterpriseProfileInput = z.infer<typeof EnterpriseProfileInput>;
