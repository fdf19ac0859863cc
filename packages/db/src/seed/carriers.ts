import { isNull } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";
import type { UnitCode } from "./units";

type Kind = (typeof s.carriers.$inferInsert)["kind"];
type Space = Omit<typeof s.carrierSpaces.$inferInsert, "carrierId">;

interface CarrierSpec {
  code: string;
  kind: Kind;
  name: string;
  zone: UnitCode;
  /** Defaults to the zone. */
  owner?: UnitCode;
  chain?: string;
  /** The nodes of its chain it suits, by their exact names in the chains seed (chains.ts); one not there is skipped. */
  nodes?: string[];
  locationText: string;
  fields?: Partial<typeof s.carriers.$inferInsert>;
  spaces?: Space[];
  /** Days before the demo's today the owner last confirmed it (over 90: stale). */
  verifiedDaysAgo: number;
  state?: "available" | "in_talks" | "taken";
}

const space = (label: string, floor: number, areaSqm: string, extra: Partial<Space> = {}): Space => ({
  label,
  floor,
  areaSqm,
  ...extra,
});

/**
 * The opportunity list's carriers in each of the five zones, from the report: land for the auto
 * town's phase three along 蔡伦大道 (1186.2 亩), plants in the steel-pipe park, shops in 融冠乐街,
 * 万达广场 and 弘阳广场, scenic and village resources at 雨母山 and 南华里. Some were last confirmed
 * more than 90 days ago, so the list and the bulletin show stale ones.
 */
export const CARRIERS: CarrierSpec[] = [
  {
    code: "JD-2026-01",
    kind: "land",
    name: "杨柳汽车小镇三期地块",
    zone: "street",
    owner: "land",
    chain: "auto",
    nodes: ["试驾", "科技博览", "智能物流"],
    locationText: "蔡伦大道以南、杨柳汽贸城三期",
    fields: {
      areaMu: "1186.20",
      plannedUse: "商服用地（汽车主题：环湖试驾道、科技博览馆、智能物流仓储）",
      plotRatio: "1.50",
      intensityWanPerMu: "300.00",
      priceWanPerMu: "45.00",
      supplyState: "approved_unsupplied",
      readiness: "three",
      availableFrom: "2027-03-01",
      latitude: "26.879100",
      longitude: "112.568300",
      contactName: "周科长",
      contactPhone: "0734-8123401",
    },
    verifiedDaysAgo: 20,
  },
  {
    code: "JD-2026-02",
    kind: "land",
    name: "钢管产业园深加工片区地块",
    zone: "park",
    owner: "land",
    chain: "steel_pipe",
    nodes: ["深加工"],
    locationText: "钢管及深加工产业园区，白沙大道东侧",
    fields: {
      areaMu: "156.00",
      plannedUse: "工业用地（钢管深加工）",
      plotRatio: "1.20",
      intensityWanPerMu: "250.00",
      priceWanPerMu: "18.50",
      supplyState: "ready",
      readiness: "seven",
      availableFrom: "2026-12-01",
      contactName: "周科长",
      contactPhone: "0734-8123401",
    },
    verifiedDaysAgo: 35,
  },
  {
    code: "JD-2026-03",
    kind: "land",
    name: "园区物流配套地块",
    zone: "park",
    chain: "logistics",
    nodes: ["物流园区与用地", "仓储与分拨"],
    locationText: "钢管及深加工产业园区北区",
    fields: {
      areaMu: "62.50",
      plannedUse: "仓储物流用地",
      plotRatio: "1.00",
      intensityWanPerMu: "200.00",
      priceWanPerMu: "16.00",
      supplyState: "reserved",
      readiness: "three",
      contactName: "刘主任",
      contactPhone: "0734-8123402",
    },
    verifiedDaysAgo: 130,
  },
  {
    code: "CF-2026-01",
    kind: "factory",
    name: "钢管园标准厂房一期",
    zone: "park",
    chain: "steel_pipe",
    nodes: ["深加工", "热处理与检测"],
    locationText: "钢管及深加工产业园区标准厂房区1–3栋",
    fields: { plannedUse: "工业厂房（机加工、钢管深加工）", contactName: "刘主任", contactPhone: "0734-8123402" },
    spaces: [
      space("1栋1层", 1, "3200.00", {
        clearHeightM: "12.00",
        floorLoadT: "5.00",
        powerKva: 1600,
        freightLift: false,
        rentYuanPerSqm: "16.00",
      }),
      space("1栋2层", 2, "3200.00", {
        clearHeightM: "6.50",
        floorLoadT: "2.00",
        powerKva: 630,
        freightLift: true,
        rentYuanPerSqm: "12.00",
        state: "let",
      }),
      space("2栋1层", 1, "2800.00", {
        clearHeightM: "9.00",
        floorLoadT: "3.00",
        powerKva: 1000,
        rentYuanPerSqm: "15.00",
      }),
      space("3栋整栋", 1, "4500.00", {
        clearHeightM: "10.00",
        floorLoadT: "5.00",
        powerKva: 2000,
        rentYuanPerSqm: "15.00",
        state: "reserved",
      }),
    ],
    verifiedDaysAgo: 10,
  },
  {
    code: "CF-2026-02",
    kind: "factory",
    name: "园区二期通用厂房",
    zone: "park",
    chain: "building_materials",
    nodes: ["装配式建筑", "新型建材"],
    locationText: "钢管及深加工产业园区二期",
    fields: { plannedUse: "工业厂房（建材、装备制造）" },
    spaces: [
      space("A区", 1, "1800.00", {
        clearHeightM: "8.00",
        floorLoadT: "3.00",
        powerKva: 500,
        rentYuanPerSqm: "13.00",
        state: "let",
      }),
      space("B区", 1, "1800.00", { clearHeightM: "8.00", floorLoadT: "3.00", powerKva: 500, rentYuanPerSqm: "13.00" }),
    ],
    verifiedDaysAgo: 120,
  },
  {
    code: "LY-2026-01",
    kind: "building",
    name: "杨柳汽贸城配套商务楼",
    zone: "street",
    chain: "auto",
    locationText: "杨柳汽车销售街区，蔡伦大道旁",
    fields: { plannedUse: "商务办公（汽车金融、租赁、二手车交易）" },
    spaces: [
      space("3层", 3, "1200.00", {
        clearHeightM: "3.60",
        floorLoadT: "0.50",
        freightLift: true,
        rentYuanPerSqm: "35.00",
      }),
      space("4层", 4, "1200.00", {
        clearHeightM: "3.60",
        floorLoadT: "0.50",
        freightLift: true,
        rentYuanPerSqm: "35.00",
        state: "let",
      }),
      space("5层", 5, "1200.00", {
        clearHeightM: "3.60",
        floorLoadT: "0.50",
        freightLift: true,
        rentYuanPerSqm: "33.00",
      }),
    ],
    verifiedDaysAgo: 45,
  },
  {
    code: "SP-2026-01",
    kind: "shop",
    name: "融冠乐街临街商铺",
    zone: "commerce",
    chain: "commerce",
    nodes: ["融冠乐街", "餐饮与酒店"],
    locationText: "融冠乐街（省级夜间消费聚集示范区）",
    fields: {
      floorAreaSqm: "260.00",
      plannedUse: "餐饮、夜间消费",
      rentYuanPerSqm: "120.00",
      availableFrom: "2026-12-15",
    },
    verifiedDaysAgo: 15,
  },
  {
    code: "SP-2026-02",
    kind: "shop",
    name: "万达广场商业街铺位",
    zone: "commerce",
    chain: "commerce",
    nodes: ["万达广场"],
    locationText: "万达广场金街",
    fields: { floorAreaSqm: "480.00", plannedUse: "零售、品牌首店", rentYuanPerSqm: "150.00" },
    verifiedDaysAgo: 100,
  },
  {
    code: "SP-2026-03",
    kind: "shop",
    name: "弘阳广场夜经济街区铺面",
    zone: "commerce",
    chain: "commerce",
    nodes: ["弘阳广场", "夜间经济"],
    locationText: "弘阳广场（省级夜间消费聚集示范区）",
    fields: { floorAreaSqm: "180.00", plannedUse: "餐饮、文创", rentYuanPerSqm: "95.00" },
    verifiedDaysAgo: 60,
    state: "in_talks",
  },
  {
    code: "LY-2026-02",
    kind: "building",
    name: "金钟大雁城写字楼",
    zone: "commerce",
    chain: "commerce",
    nodes: ["金钟大雁城"],
    locationText: "金钟大雁城",
    fields: { plannedUse: "商务办公、总部经济" },
    spaces: [
      space("12层", 12, "950.00", {
        clearHeightM: "3.20",
        floorLoadT: "0.40",
        freightLift: true,
        rentYuanPerSqm: "40.00",
      }),
      space("13层", 13, "950.00", {
        clearHeightM: "3.20",
        floorLoadT: "0.40",
        freightLift: true,
        rentYuanPerSqm: "40.00",
        state: "let",
      }),
    ],
    verifiedDaysAgo: 95,
  },
  {
    code: "JQ-2026-01",
    kind: "scenic",
    name: "雨母山生态康养资源",
    zone: "scenic",
    owner: "culture",
    chain: "culture_tourism",
    nodes: ["雨母山景区"],
    locationText: "雨母山风景区（宜园·见之茶苑周边）",
    fields: {
      areaMu: "320.00",
      plannedUse: "生态康养、民宿、宋韵文化体验",
      latitude: "26.821500",
      longitude: "112.521700",
    },
    verifiedDaysAgo: 25,
  },
  {
    code: "JQ-2026-02",
    kind: "scenic",
    name: "雨母山镇杨柳村农旅资源",
    zone: "scenic",
    chain: "agri_tourism",
    nodes: ["雨母山乡村旅游", "精品民宿"],
    locationText: "雨母山镇杨柳村",
    fields: { areaMu: "85.00", plannedUse: "农家乐、精品民宿、研学" },
    verifiedDaysAgo: 150,
  },
  {
    code: "JQ-2026-03",
    kind: "scenic",
    name: "南华里夜间文旅街区资源",
    zone: "area",
    chain: "culture_tourism",
    nodes: ["夜间文旅"],
    locationText: "南华里（省级夜间文化和旅游消费集聚区）",
    fields: { areaMu: "40.00", plannedUse: "夜间文旅、非遗展演" },
    verifiedDaysAgo: 30,
  },
  {
    code: "JD-2026-04",
    kind: "land",
    name: "片区城市更新商住地块",
    zone: "area",
    owner: "land",
    chain: "real_estate",
    nodes: ["城市更新"],
    locationText: "蒸湘片区老旧街区更新范围",
    fields: {
      areaMu: "48.30",
      plannedUse: "商住用地",
      plotRatio: "2.80",
      priceWanPerMu: "260.00",
      supplyState: "reserved",
      readiness: "three",
    },
    verifiedDaysAgo: 110,
  },
  {
    code: "SP-2026-04",
    kind: "shop",
    name: "片区社区商业铺面",
    zone: "area",
    chain: "commerce",
    locationText: "蒸湘片区社区商业街",
    fields: { floorAreaSqm: "150.00", plannedUse: "社区便民商业", rentYuanPerSqm: "60.00" },
    verifiedDaysAgo: 40,
  },
];

const daysBefore = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** Inserts the demo carriers with their spaces (two multi-row inserts). */
export async function insertCarriers(
  db: Executor,
  refs: { units: Map<string, string>; chains: Map<string, string> },
  asOf: string,
) {
  const rows = await db
    .insert(s.carriers)
    .values(
      CARRIERS.map((c) => ({
        ...c.fields,
        code: c.code,
        kind: c.kind,
        name: c.name,
        zoneId: refs.units.get(c.zone)!,
        ownerUnitId: refs.units.get(c.owner ?? c.zone)!,
        chainId: c.chain ? (refs.chains.get(c.chain) ?? null) : null,
        locationText: c.locationText,
        state: c.state ?? "available",
        verifiedOn: daysBefore(asOf, c.verifiedDaysAgo),
      })),
    )
    .returning({ id: s.carriers.id, code: s.carriers.code });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const spaces = CARRIERS.flatMap((c) => (c.spaces ?? []).map((sp) => ({ ...sp, carrierId: ids.get(c.code)! })));
  if (spaces.length) await db.insert(s.carrierSpaces).values(spaces);
  // The chain-map nodes each suits: looked up by its chain and the node's exact name, skipped when absent.
  const chainNodes = await db
    .select({ id: s.chainNodes.id, chainId: s.chainNodes.chainId, name: s.chainNodes.name })
    .from(s.chainNodes)
    .where(isNull(s.chainNodes.retiredAt));
  const links = CARRIERS.flatMap((c) => {
    const chainId = c.chain ? refs.chains.get(c.chain) : undefined;
    if (!chainId) return [];
    return (c.nodes ?? []).flatMap((name) => {
      const node = chainNodes.find((n) => n.chainId === chainId && n.name === name);
      return node ? [{ carrierId: ids.get(c.code)!, nodeId: node.id }] : [];
    });
  });
  if (links.length) await db.insert(s.carrierNodes).values(links);
  return ids;
}
