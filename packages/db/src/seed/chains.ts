import type { ChainTier } from "@crm/domain";

/** A node of a demo chain's map, with its sub-nodes (same tier) and what the report says of it. */
export interface NodeSpec {
  name: string;
  sub?: readonly string[];
}

export interface ChainSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Nodes per tier, in order. */
  nodes: Record<ChainTier, readonly (string | NodeSpec)[]>;
  /**
   * What supplies what, by node name. Without it, each top-level node links to every top-level node
   * of the next tier.
   */
  links?: readonly (readonly [string, string])[];
}

/**
 * The eight demo chains of the "one map" (the report names eight; their titles are ours), with the
 * nodes the report describes. Node names are stable: other seed files and tests find nodes by name
 * (the steel-pipe chain's 深加工 above all: WEAK, one enterprise here, 金鼎).
 */
export const CHAINS = [
  {
    code: "steel_pipe",
    name: "钢管制造及深加工",
    nameEn: "Steel pipe and processing",
    nodes: {
      upstream: [{ name: "原材料与设备", sub: ["钢坯与废钢", "冶金装备与耗材"] }],
      midstream: [{ name: "专用无缝钢管", sub: ["油气专用管", "锅炉与高压管"] }, "热处理与检测"],
      downstream: ["深加工", "钢管贸易", "物流运输"],
    },
    links: [
      ["原材料与设备", "专用无缝钢管"],
      ["专用无缝钢管", "热处理与检测"],
      ["专用无缝钢管", "深加工"],
      ["热处理与检测", "深加工"],
      ["专用无缝钢管", "钢管贸易"],
      ["深加工", "物流运输"],
      ["钢管贸易", "物流运输"],
    ],
  },
  {
    code: "auto",
    name: "汽车销售及后市场",
    nameEn: "Car sales and aftermarket",
    nodes: {
      upstream: ["品牌授权与车源"],
      // 杨柳汽车销售街区: 50 4S stores, 54 brands; phases one and two.
      midstream: [{ name: "整车销售", sub: ["新能源汽车"] }, "二手车", "租赁融资"],
      // Phase three, 1186.2 亩 along 蔡伦大道: not here yet.
      downstream: ["美容改装", "试驾", "科技博览", "智能物流"],
    },
    links: [
      ["品牌授权与车源", "整车销售"],
      ["品牌授权与车源", "二手车"],
      ["整车销售", "二手车"],
      ["整车销售", "租赁融资"],
      ["整车销售", "美容改装"],
      ["整车销售", "试驾"],
      ["二手车", "租赁融资"],
      ["整车销售", "科技博览"],
      ["整车销售", "智能物流"],
    ],
  },
  {
    code: "commerce",
    name: "现代商贸",
    nameEn: "Modern retail and trade",
    nodes: {
      upstream: ["品牌招引与首店"],
      midstream: [
        { name: "商业综合体", sub: ["万达广场", "弘阳广场", "金钟大雁城"] },
        { name: "特色街区", sub: ["融冠乐街", "南华里"] },
      ],
      downstream: ["餐饮与酒店", "夜间经济", "跨境与直播电商"],
    },
    links: [
      ["品牌招引与首店", "商业综合体"],
      ["品牌招引与首店", "特色街区"],
      ["商业综合体", "餐饮与酒店"],
      ["特色街区", "餐饮与酒店"],
      ["特色街区", "夜间经济"],
      ["商业综合体", "夜间经济"],
      ["商业综合体", "跨境与直播电商"],
    ],
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
      midstream: [{ name: "雨母山景区", sub: ["宋韵茶苑与非遗体验"] }, "文博场馆"],
      downstream: ["夜间文旅", "演艺与研学"],
    },
    links: [
      ["文化资源与非遗", "雨母山景区"],
      ["文化资源与非遗", "文博场馆"],
      ["雨母山景区", "演艺与研学"],
      ["文博场馆", "演艺与研学"],
      ["文博场馆", "夜间文旅"],
    ],
  },
  {
    code: "agri_tourism",
    name: "农旅融合",
    nameEn: "Farming and rural tourism",
    nodes: {
      upstream: ["特色种植"],
      midstream: [{ name: "雨母山乡村旅游", sub: ["农家乐"] }, "精品民宿"],
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

/**
 * The enterprises already here at a node, by the seed's enterprise key (stories.ts), and the node
 * of each story project where it is plain. 深加工 holds 金鼎 alone: the chain's weak link.
 */
export const NODE_ENTERPRISES: Partial<Record<ChainCode, Record<string, readonly string[]>>> = {
  steel_pipe: { 专用无缝钢管: ["henggang"], 油气专用管: ["henggang"], 深加工: ["jinding"] },
  auto: { 整车销售: ["zhongchi"], 二手车: ["zhongchi"] },
  commerce: {
    融冠乐街: ["rongguan"],
    南华里: ["nanhuali"],
    餐饮与酒店: ["jiangmomo", "hilton"],
    特色街区: ["rongguan", "nanhuali"],
  },
  culture_tourism: { 宋韵茶苑与非遗体验: ["meili"], 雨母山景区: ["meili"], 文博场馆: ["yunkai"] },
  agri_tourism: { 精品民宿: ["mishu"] },
  building_materials: { 光伏与节能改造: ["yuexiu"] },
};

/**
 * The bureau's judgement where the rule (few enterprises → weak) undersells a node, with its reason.
 * 专用无缝钢管 is the steel-pipe chain's core: one enterprise here, but the chain's leader (链主).
 */
export const STRENGTH_OVERRIDES: Partial<
  Record<ChainCode, Record<string, { strength: "strong" | "weak"; reason: string }>>
> = {
  steel_pipe: {
    专用无缝钢管: {
      strength: "strong",
      reason:
        "衡钢（华菱钢管）为链主企业：全球无缝钢管行业生产机组全、先进机型多、产品规格齐，油气用管为拳头产品，高端油气管用于8000米以上深井110多口。",
    },
  },
};

/** Story projects (by key) at a node of their chain. */
export const PROJECT_NODES: Record<string, string> = {
  jinding: "深加工",
  zhongchi: "整车销售",
  rongguan: "融冠乐街",
  nanhuali: "南华里",
  jiangmomo: "餐饮与酒店",
  hilton: "餐饮与酒店",
  dalong: "跨境与直播电商",
  meili: "宋韵茶苑与非遗体验",
  yunkai: "文博场馆",
  mishu: "精品民宿",
  yuexiu: "光伏与节能改造",
  ziyuan: "供应链服务",
};

/**
 * Generated projects (generated.ts) by their industry word: the node they sit at, and whether a
 * landed one's enterprise counts as here. Words that would crowd 深加工 put the project there (the
 * gap loop in action) but not the enterprise, so the weak link stays weak until one lands by name.
 */
export const INDUSTRY_NODES: Record<string, { node: string; here: boolean }> = {
  钢管: { node: "专用无缝钢管", here: true },
  特钢: { node: "原材料与设备", here: true },
  热处理: { node: "热处理与检测", here: true },
  管件: { node: "深加工", here: false },
  钻具: { node: "深加工", here: false },
  汽车销售: { node: "整车销售", here: true },
  新能源汽车: { node: "新能源汽车", here: true },
  汽车服务: { node: "美容改装", here: true },
  汽车租赁: { node: "租赁融资", here: true },
  商业管理: { node: "商业综合体", here: true },
  商贸: { node: "品牌招引与首店", here: true },
  餐饮管理: { node: "餐饮与酒店", here: true },
  品牌运营: { node: "品牌招引与首店", here: true },
  物流: { node: "城市配送", here: true },
  供应链: { node: "供应链服务", here: true },
  仓储: { node: "仓储与分拨", here: true },
  冷链: { node: "冷链物流", here: true },
  文化旅游: { node: "雨母山景区", here: true },
  文创: { node: "文化资源与非遗", here: true },
  研学: { node: "演艺与研学", here: true },
  演艺: { node: "演艺与研学", here: true },
  农业开发: { node: "特色种植", here: true },
  生态农业: { node: "特色种植", here: true },
  田园: { node: "雨母山乡村旅游", here: true },
  民宿: { node: "精品民宿", here: true },
  置业: { node: "住宅开发", here: true },
  房地产开发: { node: "住宅开发", here: true },
  城市更新: { node: "城市更新", here: true },
  物业: { node: "物业服务", here: true },
  新型建材: { node: "新型建材", here: true },
  装配式建筑: { node: "装配式建筑", here: true },
  建设工程: { node: "建筑施工", here: true },
  节能科技: { node: "光伏与节能改造", here: true },
};
