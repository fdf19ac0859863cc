import { EnterpriseProfileInput, Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { portalProjects } from "../services/portal/my-projects";
import { portalProfile, updatePortalProfile } from "../services/portal/profile";
import { portalRequest, portalRequests } from "../services/portal/requests";
import { attachmentById } from "../services/requests/read";
import { noInput, permitted } from "../trpc";

/** What an enterprise user reads and changes: its own projects, requests and contact details only. */
export const portalRouter = {
  projects: permitted("portal.read")
    .input(noInput)
    .query(({ ctx }) => portalProjects(ctx)),
  requests: permitted("portal.read")
    .input(noInput)
    .query(({ ctx }) => portalRequests(ctx)),
  request: permitted("portal.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => portalRequest(ctx, input)),
  attachment: permitted("portal.read", { disclosure: "download" })
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => attachmentById(ctx, input)),
  profile: permitted("portal.profile")
    .input(noInput)
    .query(({ ctx }) => portalProfile(ctx)),
  updateProfile: permitted("portal.profile")
    .input(EnterpriseProfileInput)
    .mutation(({ ctx, input }) => updatePortalProfile(ctx, input)),
} satisfies TRPCRouterRecord;
