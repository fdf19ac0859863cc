import { EnterpriseProfileInput, Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { portalProjects } from "../services/portal/my-projects";
import { portalProfile, updatePortalProfile } from "../services/portal/profile";
import { portalRequest, portalRequests } from "../services/portal/requests";
import { attachmentFile } from "../services/requests/read";
import { notFound } from "../errors";
import { noInput, permitted } from "../trpc";

/** What an enterprise user reads and changes: its own projects, requests and contact details only. */
export const portalRouter = {
  projects: permitted("portal.read")
    .input(noInput)
    .query(({ ctx }) => portalProjects(ctx.db, ctx.user)),
  requests: permitted("portal.read")
    .input(noInput)
    .query(({ ctx }) => portalRequests(ctx.db, ctx.user)),
  request: permitted("portal.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => portalRequest(ctx.db, ctx.user, input.id)),
  attachment: permitted("portal.read")
    .input(z.object({ id: Uuid }))
    .query(async ({ ctx, input }) => (await attachmentFile(ctx.db, ctx.user, input.id)) ?? Promise.reject(notFound())),
  profile: permitted("portal.profile")
    .input(noInput)
    .query(({ ctx }) => portalProfile(ctx.db, ctx.user)),
  updateProfile: permitted("portal.profile")
    .input(EnterpriseProfileInput)
    .mutation(({ ctx, input }) => updatePortalProfile(ctx.db, ctx.user, input, ctx.ip)),
} satisfies TRPCRouterRecord;
