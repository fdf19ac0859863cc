import {
  AddTripTargetInput,
  ById,
  CreateTripInput,
  RecordTripMeetingInput,
  RemoveTripTargetInput,
  TripDebriefInput,
  TripListInput,
  TripMeetingLeadInput,
  TripYearInput,
  UpdateTripInput,
  UpdateTripMeetingInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { tripById } from "../services/trip/by-id";
import { listTrips } from "../services/trip/list";
import { recordTripMeeting, tripMeetingToLead, updateTripMeeting } from "../services/trip/meetings";
import { tripOptions } from "../services/trip/options";
import { tripResults, tripYearResults } from "../services/trip/results";
import { addTripTarget, createTrip, debriefTrip, removeTripTarget, updateTrip } from "../services/trip/write";
import { noInput, permitted } from "../trpc";

/** 外出招商: the bureau plans trips; the delegation records meetings, which become leads; results per trip and year. */
export const tripRouter = {
  list: permitted("trip.read")
    .input(TripListInput)
    .query(({ ctx, input }) => listTrips(ctx, input)),
  byId: permitted("trip.read")
    .input(ById)
    .query(({ ctx, input }) => tripById(ctx, input)),
  options: permitted("trip.read")
    .input(noInput)
    .query(({ ctx }) => tripOptions(ctx)),
  results: permitted("trip.read")
    .input(ById)
    .query(({ ctx, input }) => tripResults(ctx, input)),
  yearResults: permitted("trip.read")
    .input(TripYearInput)
    .query(({ ctx, input }) => tripYearResults(ctx, input)),
  create: permitted("trip.write")
    .input(CreateTripInput)
    .mutation(({ ctx, input }) => createTrip(ctx, input)),
  update: permitted("trip.write")
    .input(UpdateTripInput)
    .mutation(({ ctx, input }) => updateTrip(ctx, input)),
  addTarget: permitted("trip.write")
    .input(AddTripTargetInput)
    .mutation(({ ctx, input }) => addTripTarget(ctx, input)),
  removeTarget: permitted("trip.write")
    .input(RemoveTripTargetInput)
    .mutation(({ ctx, input }) => removeTripTarget(ctx, input)),
  debrief: permitted("trip.write")
    .input(TripDebriefInput)
    .mutation(({ ctx, input }) => debriefTrip(ctx, input)),
  recordMeeting: permitted("trip.record")
    .input(RecordTripMeetingInput)
    .mutation(({ ctx, input }) => recordTripMeeting(ctx, input)),
  updateMeeting: permitted("trip.record")
    .input(UpdateTripMeetingInput)
    .mutation(({ ctx, input }) => updateTripMeeting(ctx, input)),
  meetingToLead: permitted("trip.record")
    .input(TripMeetingLeadInput)
    .mutation(({ ctx, input }) => tripMeetingToLead(ctx, input)),
} satisfies TRPCRouterRecord;
