import {
  CarrierById,
  CarrierFormOptionsInput,
  CarrierListInput,
  CarriersOfInput,
  ConfirmCarrierInput,
  CreateCarrierInput,
  MatchCarriersInput,
  MoveCarrierInput,
  UpdateCarrierInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { carrierById } from "../services/carrier/by-id";
import { carriersByZone } from "../services/carrier/by-zone";
import { carrierFormOptions } from "../services/carrier/form-options";
import { carriersOf } from "../services/carrier/linked";
import { listCarriers } from "../services/carrier/list";
import { matchForNeed } from "../services/carrier/match";
import { confirmCarrier, createCarrier, moveCarrier, updateCarrier } from "../services/carrier/write";
import { noInput, permitted } from "../trpc";

/** The opportunity list's carriers (载体): everyone with the list reads all; writing is scoped (scope/carriers.ts). */
export const carrierRouter = {
  list: permitted("opportunity.read")
    .input(CarrierListInput)
    .query(({ ctx, input }) => listCarriers(ctx, input)),
  byZone: permitted("opportunity.read")
    .input(noInput)
    .query(({ ctx }) => carriersByZone(ctx)),
  byId: permitted("opportunity.read")
    .input(CarrierById)
    .query(({ ctx, input }) => carrierById(ctx, input)),
  of: permitted("opportunity.read")
    .input(CarriersOfInput)
    .query(({ ctx, input }) => carriersOf(ctx, input)),
  match: permitted("opportunity.read")
    .input(MatchCarriersInput)
    .query(({ ctx, input }) => matchForNeed(ctx, input)),
  /** What the create and edit form may offer the caller: the kinds, zones and keepers it may save, the chains' nodes. */
  formOptions: permitted("opportunity.write")
    .input(CarrierFormOptionsInput)
    .query(({ ctx, input }) => carrierFormOptions(ctx, input)),
  create: permitted("opportunity.write")
    .input(CreateCarrierInput)
    .mutation(({ ctx, input }) => createCarrier(ctx, input)),
  update: permitted("opportunity.write")
    .input(UpdateCarrierInput)
    .mutation(({ ctx, input }) => updateCarrier(ctx, input)),
  move: permitted("opportunity.write")
    .input(MoveCarrierInput)
    .mutation(({ ctx, input }) => moveCarrier(ctx, input)),
  confirm: permitted("opportunity.write")
    .input(ConfirmCarrierInput)
    .mutation(({ ctx, input }) => confirmCarrier(ctx, input)),
} satisfies TRPCRouterRecord;
