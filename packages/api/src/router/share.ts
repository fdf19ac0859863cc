import { CreateShareLinkInput, RevokeShareLinkInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { createShareLink, listShareLinks, revokeShareLink } from "../services/share/links";
import { noInput, permitted } from "../trpc";

/** Investor links (推介版): the bureau makes and revokes them; the public page opens them without an account. */
export const shareRouter = {
  list: permitted("share.manage")
    .input(noInput)
    .query(({ ctx }) => listShareLinks(ctx)),
  create: permitted("share.manage")
    .input(CreateShareLinkInput)
    .mutation(({ ctx, input }) => createShareLink(ctx, input)),
  revoke: permitted("share.manage")
    .input(RevokeShareLinkInput)
    .mutation(({ ctx, input }) => revokeShareLink(ctx, input)),
} satisfies TRPCRouterRecord;
