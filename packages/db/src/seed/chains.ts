import type { ChainStrength, ChainTier } from "@crm/domain";

export interface ChainSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Nodes per tier: [name, strength]. Links run from each tier's nodes to the next tier's. */
  nodes: Record<ChainTier, [string, ChainStrength][]>;
}

/** The eight demo chains of the "one map" (the report names eight; their titles are ours). */
export const CHAINS = [
  {
    code: "steel_pipe",
    name: "钢管制造及深加工",
    nameEn: "Steel pipe and processing",
    nodes: {
      upstream: [
        ["钢坯与原材料", "strong"],
        ["冶金装备", "weak"],
      ],
      midstream: [
        ["无缝钢管生产", "strong"],
        ["油气专用管", "strong"],
        ["热处理与检测", "weak"],
      ],
      downstream: [
        ["石油钻采专用管", "weak"],
        ["管件与深加工", "missing"],
        ["钢管贸易与物流", "weak"],
      ],
    },
  },
  {
    code: "auto",
    name: "汽车销售及后市场",
    nameEn: "Car sales and aftermarket",
    nodes: {
      upstream: [["整车品牌授权", "strong"]],
      midstream: [
        ["4S店与整车销售", "strong"],
        ["二手车交易", "weak"],
        ["汽车金融与租赁", "weak"],
      ],
      downstream: [
        ["美容改装", "weak"],
        ["汽车文旅与试驾", "missing"],
        ["智能物流仓储", "missing"],
      ],
    },
  },
  {
    code: "commerce",
    name: "现代商贸",
    nameEn: "Modern retail and trade",
    nodes: {
      upstream: [["品牌首店引进", "weak"]],
      midstream: [
        ["商业综合体", "strong"],
        ["特色街区", "strong"],
      ],
      downstream: [
        ["夜间经济", "strong"],
        ["社区商业", "weak"],
        ["直播电商", "missing"],
      ],
    },
  },
  {
    code: "logistics",
    name: "现代物流",
    nameEn: "Modern logistics",
    nodes: {
      upstream: [["物流园区与用地", "weak"]],
      midstream: [
        ["仓储与分拨", "weak"],
        ["冷链物流", "missing"],
      ],
      downstream: [
        ["城市配送", "weak"],
        ["供应链服务", "missing"],
      ],
    },
  },
  {
    code: "culture_tourism",
    name: "文化旅游",
    nameEn: "Culture and tourism",
    nodes: {
      upstream: [["文化资源与非遗", "strong"]],
      midstream: [
        ["景区与文博场馆", "weak"],
        ["文创产品", "missing"],
      ],
      downstream: [
        ["精品民宿", "weak"],
        ["演艺与研学", "missing"],
      ],
    },
  },
  {
    code: "agri_tourism",
    name: "农旅融合",
    nameEn: "Farming and rural tourism",
    nodes: {
      upstream: [["特色种植", "weak"]],
      midstream: [
        ["田园综合体", "weak"],
        ["农家乐", "strong"],
      ],
      downstream: [
        ["农产品电商", "missing"],
        ["乡村研学", "missing"],
      ],
    },
  },
  {
    code: "real_estate",
    name: "房地产",
    nameEn: "Real estate",
    nodes: {
      upstream: [["土地与规划", "strong"]],
      midstream: [
        ["住宅开发", "strong"],
        ["商业地产", "weak"],
      ],
      downstream: [
        ["物业服务", "weak"],
        ["城市更新", "missing"],
      ],
    },
  },
  {
    code: "building_materials",
    name: "建筑建材",
    nameEn: "Construction and building materials",
    nodes: {
      upstream: [["砂石与水泥", "weak"]],
      midstream: [
        ["装配式建筑", "missing"],
        ["新型建材", "weak"],
      ],
      downstream: [
        ["建筑施工", "strong"],
        ["光伏与节能改造", "weak"],
      ],
    },
  },
] as const satisfies readonly ChainSpec[];

export type ChainCode = (typeof CHAINS)[number]["code"];
