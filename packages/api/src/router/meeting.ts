import {
  AgendaSuggestionsInput,
  CreateMeetingInput,
  MeetingDecisionInput,
  MeetingMinutesInput,
  todayInShanghai,
  Uuid,
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
    .query(({ ctx }) => listMeetings(ctx.db)),
  byId: permitted("meeting.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => meetingById(ctx.db, input.id, ctx.now())),
  suggestions: permitted("meeting.write")
    .input(AgendaSuggestionsInput)
    .query(({ ctx, input }) => agendaSuggestions(ctx.db, input.heldOn ?? todayInShanghai(ctx.now()))),
  create: permitted("meeting.write")
    .input(CreateMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.user, input, ctx.ip)),
  minutes: permitted("meeting.write")
    .input(MeetingMinutesInput)
    .mutation(({ ctx, input }) => recordMinutes(ctx.db, ctx.user, input, ctx.ip)),
  decide: permitted("meeting.write")
    .input(MeetingDecisionInput)
    .mutation(({ ctx, input }) => addDecision(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
} satisfies TRPCRouterRecord;
