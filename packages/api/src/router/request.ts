import {
  CreateRequestInput,
  RateRequestInput,
  RequestListInput,
  RespondRequestInput,
  RouteRequestInput,
  Uuid,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { createRequest } from "../services/requests/create";
import { attachmentById, listRequests, requestForStaff } from "../services/requests/read";
import { rateRequest, respondToRequest, routeRequest } from "../services/requests/workflow";
import { permitted } from "../trpc";

/** 企业诉求: raised by an enterprise or for it, routed by the bureau, answered by a department, rated. */
export const requestRouter = {
  create: permitted("request.write")
    .input(CreateRequestInput)
    .mutation(({ ctx, input }) => createRequest(ctx, input)),
  list: permitted("request.read")
    .input(RequestListInput)
    .query(({ ctx, input }) => listRequests(ctx, input)),
  byId: permitted("request.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => requestForStaff(ctx, input)),
  /** A file of a request in the caller's scope (served by the web app's download route). */
  attachment: permitted("request.read", { disclosure: "download" })
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => attachmentById(ctx, input)),
  route: permitted("request.route")
    .input(RouteRequestInput)
    .mutation(({ ctx, input }) => routeRequest(ctx, input)),
  respond: permitted("request.handle")
    .input(RespondRequestInput)
    .mutation(({ ctx, input }) => respondToRequest(ctx, input)),
  rate: permitted("request.rate")
    .input(RateRequestInput)
    .mutation(({ ctx, input }) => rateRequest(ctx, input)),
} satisfies TRPCRouterRecord;
