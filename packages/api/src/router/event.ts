import {
  AddAttendeeInput,
  AddSigningInput,
  CheckInInput,
  CreatePromoEventInput,
  ImportAttendeesInput,
  PreviewAttendeesInput,
  PromoEventListInput,
  PromoEventResultsInput,
  RaiseAttendeeLeadInput,
  UpdatePromoEventInput,
  Uuid,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { addAttendee, checkIn, raiseAttendeeLead } from "../services/event/attendees";
import { importAttendees, previewAttendees } from "../services/event/import";
import { eventById, listEvents } from "../services/event/list";
import { eventResults } from "../services/event/results";
import { addSigning } from "../services/event/signings";
import { createEvent, updateEvent } from "../services/event/write";
import { permitted } from "../trpc";

/** 活动招商: events, their invitee/attendee lists, check-in, leads raised, signings and results. */
export const promoEventRouter = {
  list: permitted("event.read")
    .input(PromoEventListInput)
    .query(({ ctx, input }) => listEvents(ctx, input)),
  byId: permitted("event.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => eventById(ctx, input)),
  results: permitted("event.read")
    .input(PromoEventResultsInput)
    .query(({ ctx, input }) => eventResults(ctx, input)),
  create: permitted("event.write")
    .input(CreatePromoEventInput)
    .mutation(({ ctx, input }) => createEvent(ctx, input)),
  update: permitted("event.write")
    .input(UpdatePromoEventInput)
    .mutation(({ ctx, input }) => updateEvent(ctx, input)),
  addAttendee: permitted("event.write")
    .input(AddAttendeeInput)
    .mutation(({ ctx, input }) => addAttendee(ctx, input)),
  previewAttendees: permitted("event.write")
    .input(PreviewAttendeesInput)
    .mutation(({ ctx, input }) => previewAttendees(ctx, input)),
  importAttendees: permitted("event.write")
    .input(ImportAttendeesInput)
    .mutation(({ ctx, input }) => importAttendees(ctx, input)),
  checkIn: permitted("event.write")
    .input(CheckInInput)
    .mutation(({ ctx, input }) => checkIn(ctx, input)),
  raiseLead: permitted("event.write")
    .input(RaiseAttendeeLeadInput)
    .mutation(({ ctx, input }) => raiseAttendeeLead(ctx, input)),
  addSigning: permitted("event.write")
    .input(AddSigningInput)
    .mutation(({ ctx, input }) => addSigning(ctx, input)),
} satisfies TRPCRouterRecord;
