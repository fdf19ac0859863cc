import { describe, expect, it } from "vitest";

import { matchCarriers, needHasCriteria, vacancyOf, type MatchCandidate, type MatchSpace } from "../src";

const space = (areaSqm: string, state: MatchSpace["state"], extra: Partial<MatchSpace> = {}): MatchSpace => ({
  areaSqm,
  state,
  clearHeightM: null,
  floorLoadT: null,
  powerKva: null,
  rentYuanPerSqm: null,
  ...extra,
});

const base: Omit<MatchCandidate, "id" | "code" | "kind"> = {
  state: "available",
  zoneId: "park",
  name: "载体",
  plannedUse: null,
  areaMu: null,
  floorAreaSqm: null,
  priceWanPerMu: null,
  rentYuanPerSqm: null,
  spaces: [],
};

describe("vacancy, derived from the spaces", () => {
  it("counts free area as vacant, let and reserved as not", () => {
    const v = vacancyOf([
      space("2400.00", "free"),
      space("1800.50", "let"),
      space("600", "reserved"),
      space("0.5", "free"),
    ]);
    expect(v).toMatchObject({
      totalSqm: "4801.00",
      vacantSqm: "2400.50",
      letSqm: "1800.50",
      reservedSqm: "600.00",
      spaces: 4,
      freeSpaces: 2,
    });
    expect(v.rate).toBeCloseTo(0.5, 3);
  });

  it("has nothing vacant when there are no spaces", () => {
    expect(vacancyOf([])).toMatchObject({ totalSqm: "0.00", vacantSqm: "0.00", rate: 0 });
  });
});

describe("matching a need against the carriers", () => {
  const bigLand: MatchCandidate = {
    ...base,
    id: "1",
    code: "L-BIG",
    kind: "land",
    areaMu: "200.00",
    priceWanPerMu: "20.00",
    plannedUse: "工业用地",
  };
  const smallLand: MatchCandidate = {
    ...base,
    id: "2",
    code: "L-SMALL",
    kind: "land",
    areaMu: "50.00",
    priceWanPerMu: "18",
  };
  const otherZoneLand: MatchCandidate = { ...bigLand, id: "3", code: "L-OTHER", zoneId: "street" };
  const taken: MatchCandidate = { ...bigLand, id: "4", code: "L-TAKEN", state: "taken" };
  const plant: MatchCandidate = {
    ...base,
    id: "5",
    code: "F-1",
    kind: "factory",
    plannedUse: "工业厂房",
    spaces: [
      space("3000", "free", { clearHeightM: "9.00", floorLoadT: "3.00", powerKva: 800, rentYuanPerSqm: "15" }),
      space("5000", "let", { clearHeightM: "12.00", floorLoadT: "5.00", powerKva: 2000 }),
    ],
  };

  it("puts the carrier that meets every part first and says why", () => {
    const result = matchCarriers([smallLand, otherZoneLand, bigLand, taken], {
      areaMu: "100",
      zoneId: "park",
      use: "工业",
      budgetWan: "2500",
    });
    expect(result.map((m) => m.carrier.code)).toEqual(["L-BIG", "L-OTHER", "L-SMALL"]);
    expect(result[0]!.score).toBe(100);
    expect(result[0]!.reasons.every((r) => r.result === "fits")).toBe(true);
    const small = result.find((m) => m.carrier.code === "L-SMALL")!;
    expect(small.reasons.find((r) => r.criterion === "area")).toMatchObject({ result: "short", gap: "50", have: "50" });
    expect(result.find((m) => m.carrier.code === "L-OTHER")!.reasons.find((r) => r.criterion === "zone")?.result).toBe(
      "short",
    );
  });

  it("leaves out taken carriers and kinds the need excludes", () => {
    const result = matchCarriers([bigLand, taken, plant], { kinds: ["factory"] });
    expect(result.map((m) => m.carrier.code)).toEqual(["F-1"]);
  });

  it("reads a plant's free spaces only: a let floor's height does not count", () => {
    const [m] = matchCarriers([plant], { areaSqm: "2000", heightM: "10", loadT: "2", powerKva: 500, rentMax: "12" });
    const by = Object.fromEntries(m!.reasons.map((r) => [r.criterion, r]));
    expect(by.area).toMatchObject({ result: "fits", have: "3000" });
    expect(by.height).toMatchObject({ result: "short", have: "9", gap: "1" });
    expect(by.load?.result).toBe("fits");
    expect(by.power?.result).toBe("fits");
    expect(by.rent).toMatchObject({ result: "short", gap: "3" });
    expect(m!.score).toBeLessThan(100);
    expect(m!.score).toBeGreaterThan(50);
  });

  it("counts the land budget as price × the area needed", () => {
    const [m] = matchCarriers([bigLand], { areaMu: "100", budgetWan: "1500" });
    expect(m!.reasons.find((r) => r.criterion === "budget")).toMatchObject({
      result: "short",
      have: "2000",
      gap: "500",
    });
  });

  it("orders by score, then by more parts fitting, then by code", () => {
    const a = { ...bigLand, id: "a", code: "B" };
    const b = { ...bigLand, id: "b", code: "A" };
    expect(matchCarriers([a, b], { areaMu: "10" }).map((m) => m.carrier.code)).toEqual(["A", "B"]);
    expect(matchCarriers([a, b, plant], {}, 2)).toHaveLength(2);
  });

  it("gives no score when the need has nothing to score on, instead of 100 for every carrier", () => {
    expect(needHasCriteria({})).toBe(false);
    expect(needHasCriteria({ kinds: ["land"] })).toBe(false);
    expect(needHasCriteria({ use: "  " })).toBe(false);
    expect(needHasCriteria({ areaMu: "10" })).toBe(true);
    const result = matchCarriers([bigLand, smallLand, plant], {});
    expect(result.map((m) => m.score)).toEqual([null, null, null]);
    expect(matchCarriers([bigLand, plant], { kinds: ["land"] })[0]!.score).toBeNull();
    // A need none of whose parts applies to the carrier (a rent limit against a parcel) scores it not at all, below those scored.
    const rent = matchCarriers([bigLand, plant], { rentMax: "20" });
    expect(rent.map((m) => [m.carrier.code, m.score])).toEqual([
      ["F-1", 100],
      ["L-BIG", null],
    ]);
  });

  it("says a parcel meets clear height, load and power by building to suit, and a plant by its free floors", () => {
    const [land] = matchCarriers([bigLand], { heightM: "12", loadT: "5", powerKva: 2000 });
    expect(land!.reasons.map((r) => [r.criterion, r.result, r.builtToSuit])).toEqual([
      ["height", "fits", true],
      ["load", "fits", true],
      ["power", "fits", true],
    ]);
    const [factory] = matchCarriers([plant], { heightM: "8" });
    expect(factory!.reasons[0]).toMatchObject({ criterion: "height", result: "fits", have: "9" });
    expect(factory!.reasons[0]!.builtToSuit).toBeUndefined();
  });
});
