import { z } from "zod";

import { SHARE_KINDS } from "../opportunities";
import { CalendarDate, Uuid } from "../schemas";

const text = (max: number) => z.string().trim().max(max);

/** A token as it appears in an investor link: 32 url-safe characters. */
export const ShareToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

/** A new investor link (推介版): one chain's map, or the opportunity list (optionally one zone's). */
export const CreateShareLinkInput = z
  .object({
    kind: z.enum(SHARE_KINDS),
    chainId: Uuid.optional().nullable(),
    zoneId: Uuid.optional().nullable(),
    title: text(60).min(2, "share.titleRequired"),
    /** The one contact the edition shows: the bureau's (unit and phone), as the bureau words it. */
    contactLine: text(120).min(4, "share.contactRequired"),
    expiresOn: CalendarDate.optional().nullable(),
  })
  .refine((v) => v.kind !== "chain" || !!v.chainId, { path: ["chainId"], message: "share.chainRequired" });
export type CreateShareLinkInput = z.infer<typeof CreateShareLinkInput>;

/** Revoking a link: from then on it opens nothing. */
export const RevokeShareLinkInput = z.object({ id: Uuid });
export type RevokeShareLinkInput = z.infer<typeof RevokeShareLinkInput>;
