import type { OrgKind } from "@crm/domain";

export interface UnitSpec {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  kind: OrgKind;
}

/** The district's units (DOMAIN §1). Codes are stable keys for seeds and tests. */
export const UNITS = [
  { code: "bureau", name: "区商务局", shortName: "商务局", nameEn: "Commerce Bureau", kind: "bureau" },
  {
    code: "park",
    name: "园区专班（钢管及深加工产业园区）",
    shortName: "园区专班",
    nameEn: "Industrial Park Task Force",
    kind: "zone",
  },
  {
    code: "street",
    name: "街区专班（杨柳汽车销售街区）",
    shortName: "街区专班",
    nameEn: "Auto Street Task Force",
    kind: "zone",
  },
  {
    code: "commerce",
    name: "商区专班（四大商圈）",
    shortName: "商区专班",
    nameEn: "Shopping District Task Force",
    kind: "zone",
  },
  { code: "scenic", name: "景区专班（雨母山）", shortName: "景区专班", nameEn: "Scenic Area Task Force", kind: "zone" },
  { code: "area", name: "片区专班", shortName: "片区专班", nameEn: "Urban Area Task Force", kind: "zone" },
  { code: "drc", name: "区发改局", shortName: "发改局", nameEn: "Development and Reform Bureau", kind: "department" },
  { code: "miit", name: "区工信局", shortName: "工信局", nameEn: "Industry and IT Bureau", kind: "department" },
  {
    code: "land",
    name: "区自然资源局",
    shortName: "自然资源局",
    nameEn: "Natural Resources Bureau",
    kind: "department",
  },
  {
    code: "housing",
    name: "区住建局",
    shortName: "住建局",
    nameEn: "Housing and Construction Bureau",
    kind: "department",
  },
  {
    code: "market",
    name: "区市场监管局",
    shortName: "市场监管局",
    nameEn: "Market Regulation Bureau",
    kind: "department",
  },
  {
    code: "eco",
    name: "区生态环境分局",
    shortName: "生态环境分局",
    nameEn: "Ecology and Environment Branch",
    kind: "department",
  },
  { code: "edu", name: "区教育局", shortName: "教育局", nameEn: "Education Bureau", kind: "department" },
  { code: "civil", name: "区民政局", shortName: "民政局", nameEn: "Civil Affairs Bureau", kind: "department" },
  {
    code: "culture",
    name: "区文旅体局",
    shortName: "文旅体局",
    nameEn: "Culture, Tourism and Sports Bureau",
    kind: "department",
  },
  {
    code: "overseas",
    name: "区侨联",
    shortName: "侨联",
    nameEn: "Federation of Returned Overseas Chinese",
    kind: "department",
  },
  { code: "tax", name: "区税务局", shortName: "税务局", nameEn: "Tax Bureau", kind: "department" },
  {
    code: "fire",
    name: "区消防救援大队",
    shortName: "消防救援大队",
    nameEn: "Fire and Rescue Brigade",
    kind: "department",
  },
  { code: "yumu", name: "雨母山镇", shortName: "雨母山镇", nameEn: "Yumushan Town", kind: "town" },
  { code: "daiying", name: "呆鹰岭镇", shortName: "呆鹰岭镇", nameEn: "Daiyingling Town", kind: "town" },
  { code: "lianhe", name: "联合街道", shortName: "联合街道", nameEn: "Lianhe Subdistrict", kind: "town" },
  { code: "hongxiang", name: "红湘街道", shortName: "红湘街道", nameEn: "Hongxiang Subdistrict", kind: "town" },
  { code: "leaders", name: "区领导", shortName: "区领导", nameEn: "District Leaders", kind: "leadership" },
] as const satisfies readonly UnitSpec[];

export type UnitCode = (typeof UNITS)[number]["code"];
export type ZoneCode = "park" | "street" | "commerce" | "scenic" | "area";
export const ZONE_CODES: readonly ZoneCode[] = ["park", "street", "commerce", "scenic", "area"];
