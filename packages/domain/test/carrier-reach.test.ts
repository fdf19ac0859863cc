import { describe, expect, it } from "vitest";

import { carrierReach, CARRIER_KINDS, defaultCarrierOwner, mayChangeCarrier, maySaveCarrier } from "../src";

const parcel = (zoneId: string, ownerUnitId: string) => ({ kind: "land" as const, zoneId, ownerUnitId });

describe("who may keep which carriers (one rule for the form and the server)", () => {
  it("lets the bureau keep anything, kept by any unit", () => {
    const reach = carrierReach("bureau", "bureau")!;
    expect(reach.kinds).toEqual(CARRIER_KINDS);
    expect(maySaveCarrier(reach, { kind: "shop", zoneId: "commerce", ownerUnitId: "land" })).toBe(true);
    expect(defaultCarrierOwner(reach, "park")).toBe("park");
  });

  it("lets a zone keep any kind in its own zone only, a new one kept by itself", () => {
    const reach = carrierReach("zone", "park")!;
    expect(reach).toMatchObject({ zoneId: "park", ownerUnitId: "park" });
    expect(maySaveCarrier(reach, parcel("park", "park"))).toBe(true);
    expect(maySaveCarrier(reach, parcel("street", "park"))).toBe(false);
    expect(maySaveCarrier(reach, parcel("park", "land"))).toBe(false);
    // A department's parcel in its zone: it may change it and keep its keeper.
    expect(mayChangeCarrier(reach, parcel("park", "land"))).toBe(true);
    expect(maySaveCarrier(reach, parcel("park", "land"), { ownerUnitId: "land" })).toBe(true);
    expect(defaultCarrierOwner(reach, "park")).toBe("park");
  });

  it("lets a department keep only the land parcels it owns, in any zone", () => {
    const reach = carrierReach("department", "land")!;
    expect(reach.kinds).toEqual(["land"]);
    expect(maySaveCarrier(reach, parcel("park", "land"))).toBe(true);
    expect(maySaveCarrier(reach, { kind: "shop", zoneId: "park", ownerUnitId: "land" })).toBe(false);
    expect(maySaveCarrier(reach, parcel("park", "park"), { ownerUnitId: "land" })).toBe(false);
    expect(mayChangeCarrier(reach, parcel("park", "park"))).toBe(false);
  });

  it("gives nobody else anything", () => {
    expect(carrierReach("none", "yumu")).toBeNull();
    expect(carrierReach("zone", null)).toBeNull();
    expect(mayChangeCarrier(null, parcel("park", "park"))).toBe(false);
    expect(maySaveCarrier(null, parcel("park", "park"))).toBe(false);
  });
});
