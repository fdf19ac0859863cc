import {
  CreateMeetingInput,
  MeetingDecisionInput,
  MeetingMinutesInput,
  Uuid,
  AgendaSuggestionsInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  addDecision,
  agendaSuggestions,
  createMeeting,
  listMeetings,
  meetingById,
  recordMinutes,
} from "../services/meeting";
import { noInput, permitted } from "../trpc";

export const meetingRouter = {
  list: permitted("meeting.read")
    .input(noInput)
    .query(({ ctx }) => listMeetings(ctx)),
  byId: permitted("meeting.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => meetingById(ctx, input)),
  suggestions: permitted("meeting.write")
    .input(AgendaSuggestionsInput)
    .query(({ ctx, input }) => agendaSuggestions(ctx, input)),
  create: permitted("meeting.write")
    .input(CreateMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),
  minutes: permitted("meeting.write")
    .input(MeetingMinutesInput)
    .mutation(({ ctx, input }) => recordMinutes(ctx, input)),
  decide: permitted("meeting.write")
    .input(MeetingDecisionInput)
    .mutation(({ ctx, input }) => addDecision(ctx, input)),
} satisfies TRPCRouterRecord;
