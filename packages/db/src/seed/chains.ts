import type { ChainTier } from "@crm/domain";

export interface ChainSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Node names per tier. Links run from each tier's nodes to the next tier's. */
  nodes: Record<ChainTier, string[]>;
}

/** The eight demo chains of the "one map" (the report names eight; their titles are ours). */
export const CHAINS = [
  {
    code: "steel_pipe",
    name: "钢管制造及深加工",
    nameEn: "Steel pipe and processing",
    nodes: {
      upstream: ["钢坯与原材料", "冶金装备"],
      midstream: ["无缝钢管生产", "油气专用管", "热处理与检测"],
      downstream: ["石油钻采专用管", "管件与深加工", "钢管贸易与物流"],
    },
  },
  {
    code: "auto",
    name: "汽车销售及后市场",
    nameEn: "Car sales and aftermarket",
    nodes: {
      upstream: ["整车品牌授权"],
      midstream: ["4S店与整车销售", "二手车交易", "汽车金融与租赁"],
      downstream: ["美容改装", "汽车文旅与试驾", "智能物流仓储"],
    },
  },
  {
    code: "commerce",
    name: "现代商贸",
    nameEn: "Modern retail and trade",
    nodes: {
      upstream: ["品牌首店引进"],
      midstream: ["商业综合体", "特色街区"],
      downstream: ["夜间经济", "社区商业", "直播电商"],
    },
  },
  {
    code: "logistics",
    name: "现代物流",
    nameEn: "Modern logistics",
    nodes: {
      upstream: ["物流园区与用地"],
      midstream: ["仓储与分拨", "冷链物流"],
      downstream: ["城市配送", "供应链服务"],
    },
  },
  {
    code: "culture_tourism",
    name: "文化旅游",
    nameEn: "Culture and tourism",
    nodes: {
      upstream: ["文化资源与非遗"],
      midstream: ["景区与文博场馆", "文创产品"],
      downstream: ["精品民宿", "演艺与研学"],
    },
  },
  {
    code: "agri_tourism",
    name: "农旅融合",
    nameEn: "Farming and rural tourism",
    nodes: {
      upstream: ["特色种植"],
      midstream: ["田园综合体", "农家乐"],
      downstream: ["农产品电商", "乡村研学"],
    },
  },
  {
    code: "real_estate",
    name: "房地产",
    nameEn: "Real estate",
    nodes: {
      upstream: ["土地与规划"],
      midstream: ["住宅开发", "商业地产"],
      downstream: ["物业服务", "城市更新"],
    },
  },
  {
    code: "building_materials",
    name: "建筑建材",
    nameEn: "Construction and building materials",
    nodes: {
      upstream: ["砂石与水泥"],
      midstream: ["装配式建筑", "新型建材"],
      downstream: ["建筑施工", "光伏与节能改造"],
    },
  },
] as const satisfies readonly ChainSpec[];

export type ChainCode = (typeof CHAINS)[number]["code"];
