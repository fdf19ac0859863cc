import { addDaysToDate, enterpriseNameKey, nameInitials, type ProspectSizeBand, type ProspectTag } from "@crm/domain";
import { eq, or } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";
import { DEMO_AS_OF } from "./build";
import type { ChainCode } from "./chains";

/**
 * 目标企业库 demo: the enterprises the leaders met on their trips (the report: 北京, 上海, 苏州 —
 * 资源亿家, 企商在线, 联东U谷, 森联集团; 重庆 — 大龙网), which have since become leads and projects,
 * and open targets per chain, tied to nodes by name (a node missing on this database is skipped:
 * the target is tied to its chain only). Some were last confirmed long ago, so the monthly dispatch
 * has stale targets to ask about.
 */
interface ProspectSpec {
  name: string;
  chain: ChainCode;
  /** A node's name, or a part of it ("深加工" finds "管件与深加工" too). */
  node?: string;
  size: ProspectSizeBand;
  tags?: ProspectTag[];
  region: string;
  city: string;
  tip: string;
  owner: string;
  /** Days before the demo's today it was last confirmed. */
  verifiedDaysAgo: number;
  risk?: [number, string];
  notes?: string;
}

const TRIP_2024 = "2024年区委书记、区长带队赴北京、上海、苏州招商考察";

const PROSPECTS: ProspectSpec[] = [
  // The leaders' trips (the report). They became leads and projects: the gap loop shows them through.
  {
    name: "资源亿家（北京）科技有限公司",
    chain: "logistics",
    node: "供应链服务",
    size: "large",
    tags: ["high_tech"],
    region: "北京市",
    city: "北京",
    tip: TRIP_2024,
    owner: "bureau",
    verifiedDaysAgo: 20,
  },
  {
    name: "企商在线（北京）数据技术股份有限公司",
    chain: "logistics",
    node: "仓储与分拨",
    size: "large",
    tags: ["listed", "high_tech"],
    region: "北京市",
    city: "北京",
    tip: TRIP_2024,
    owner: "bureau",
    verifiedDaysAgo: 35,
  },
  {
    name: "联东U谷投资管理有限公司",
    chain: "building_materials",
    node: "装配式建筑",
    size: "giant",
    tags: ["fortune500"],
    region: "北京市",
    city: "北京",
    tip: TRIP_2024,
    owner: "bureau",
    verifiedDaysAgo: 40,
  },
  {
    name: "森联集团有限公司",
    chain: "steel_pipe",
    node: "深加工",
    size: "giant",
    tags: ["fortune500"],
    region: "江苏省",
    city: "太仓",
    tip: "2024年考察森联集团企业总部和太仓项目",
    owner: "bureau",
    verifiedDaysAgo: 12,
  },
  {
    name: "重庆大龙网科技集团有限公司",
    chain: "commerce",
    node: "直播电商",
    size: "large",
    tags: ["high_tech"],
    region: "重庆市",
    city: "重庆",
    tip: "2024年区领导带队赴重庆考察",
    owner: "bureau",
    verifiedDaysAgo: 60,
  },

  // 钢管: the downstream 深加工 the 2024-05 Tianjin and Cangzhou trip went for (延链), and the rest of the chain.
  {
    name: "沧州渤海弯管制造有限公司",
    chain: "steel_pipe",
    node: "深加工",
    size: "medium",
    tags: ["specialized"],
    region: "河北省",
    city: "沧州",
    tip: "2024年5月天津、沧州招商考察",
    owner: "park",
    verifiedDaysAgo: 25,
    notes: "热煨弯管、管件，为华菱钢管配套",
  },
  {
    name: "天津津滨石油管件有限公司",
    chain: "steel_pipe",
    node: "深加工",
    size: "medium",
    tags: ["high_tech", "little_giant"],
    region: "天津市",
    city: "天津",
    tip: "天津衡阳商会推荐",
    owner: "park",
    verifiedDaysAgo: 130,
    risk: [2, "有一起合同纠纷未结"],
  },
  {
    name: "江苏常宝精密钢管防腐有限公司",
    chain: "steel_pipe",
    node: "热处理与检测",
    size: "large",
    tags: ["listed"],
    region: "江苏省",
    city: "常州",
    tip: "先进钢铁材料产业链推进办公室推荐",
    owner: "park",
    verifiedDaysAgo: 15,
  },
  {
    name: "山东鲁冶装备科技有限公司",
    chain: "steel_pipe",
    node: "冶金装备",
    size: "medium",
    tags: ["specialized"],
    region: "山东省",
    city: "济南",
    tip: "行业专家座谈",
    owner: "bureau",
    verifiedDaysAgo: 100,
  },
  // 汽车: the phase-three nodes along 蔡伦大道.
  {
    name: "湖南星途汽车科技博览有限公司",
    chain: "auto",
    node: "文旅与试驾",
    size: "medium",
    region: "湖南省",
    city: "长沙",
    tip: "汽车行业协会推荐",
    owner: "street",
    verifiedDaysAgo: 30,
  },
  {
    name: "广州车智汇智能物流有限公司",
    chain: "auto",
    node: "智能物流",
    size: "large",
    tags: ["high_tech"],
    region: "广东省",
    city: "广州",
    tip: "广东衡阳商会",
    owner: "street",
    verifiedDaysAgo: 95,
  },
  {
    name: "上海优车二手车连锁有限公司",
    chain: "auto",
    node: "二手车",
    size: "medium",
    region: "上海市",
    city: "上海",
    tip: TRIP_2024,
    owner: "street",
    verifiedDaysAgo: 45,
    risk: [1, "门店扩张过快"],
  },
  // 商贸, 文旅, 农旅.
  {
    name: "长沙茶颜悦色餐饮管理有限公司",
    chain: "commerce",
    node: "品牌首店",
    size: "large",
    region: "湖南省",
    city: "长沙",
    tip: "融冠乐街招商推介会",
    owner: "commerce",
    verifiedDaysAgo: 18,
  },
  {
    name: "武汉夜上海文旅街区运营有限公司",
    chain: "commerce",
    node: "夜间经济",
    size: "medium",
    region: "湖北省",
    city: "武汉",
    tip: "万达广场商户推荐",
    owner: "commerce",
    verifiedDaysAgo: 120,
  },
  {
    name: "杭州宋韵文化创意有限公司",
    chain: "culture_tourism",
    node: "文创",
    size: "small",
    tags: ["specialized"],
    region: "浙江省",
    city: "杭州",
    tip: "宜园·见之茶苑投资人推荐",
    owner: "scenic",
    verifiedDaysAgo: 22,
  },
  {
    name: "成都山居精品民宿管理有限公司",
    chain: "culture_tourism",
    node: "民宿",
    size: "small",
    region: "四川省",
    city: "成都",
    tip: "雨母山文旅推介活动",
    owner: "scenic",
    verifiedDaysAgo: 140,
  },
  {
    name: "湖南田园牧歌农业发展有限公司",
    chain: "agri_tourism",
    node: "田园综合体",
    size: "medium",
    region: "湖南省",
    city: "株洲",
    tip: "新春“湘商回归”活动",
    owner: "scenic",
    verifiedDaysAgo: 50,
  },
  // 物流, 房地产, 建材.
  {
    name: "深圳顺链冷链物流有限公司",
    chain: "logistics",
    node: "冷链",
    size: "large",
    tags: ["listed"],
    region: "广东省",
    city: "深圳",
    tip: "福建、广东商会对接",
    owner: "area",
    verifiedDaysAgo: 28,
  },
  {
    name: "福建闽建城市更新投资有限公司",
    chain: "real_estate",
    node: "城市更新",
    size: "large",
    region: "福建省",
    city: "福州",
    tip: "福建衡阳商会",
    owner: "area",
    verifiedDaysAgo: 110,
    risk: [4, "母公司负债率偏高"],
  },
  {
    name: "苏州绿能光伏节能科技有限公司",
    chain: "building_materials",
    node: "光伏",
    size: "medium",
    tags: ["high_tech", "specialized"],
    region: "江苏省",
    city: "苏州",
    tip: TRIP_2024,
    owner: "bureau",
    verifiedDaysAgo: 8,
  },
];

/** A chain's node by name: the exact name first, else the first whose name holds it. */
function nodeByName(nodes: { id: string; name: string }[], name: string | undefined) {
  if (!name) return null;
  return (nodes.find((n) => n.name === name) ?? nodes.find((n) => n.name.includes(name)))?.id ?? null;
}

export async function insertProspects(db: Executor, units: Map<string, string>, chains: Map<string, string>) {
  const nodes = await db
    .select({ id: s.chainNodes.id, chainId: s.chainNodes.chainId, name: s.chainNodes.name })
    .from(s.chainNodes);
  const rows = [];
  for (const p of PROSPECTS) {
    const chainId = chains.get(p.chain)!;
    const nameKey = enterpriseNameKey(p.name);
    // A target the trips turned into a lead (and a project) is history in the list, linked to its lead.
    const [lead] = await db
      .select({ id: s.leads.id })
      .from(s.leads)
      .leftJoin(s.enterprises, eq(s.enterprises.id, s.leads.enterpriseId))
      .where(or(eq(s.leads.enterpriseKey, nameKey), eq(s.enterprises.nameKey, nameKey)))
      .limit(1);
    const [enterprise] = lead
      ? []
      : await db.select({ id: s.enterprises.id }).from(s.enterprises).where(eq(s.enterprises.nameKey, nameKey));
    rows.push({
      name: p.name,
      nameKey,
      nameInitials: nameInitials(p.name),
      chainId,
      nodeId: nodeByName(
        nodes.filter((n) => n.chainId === chainId),
        p.node,
      ),
      sizeBand: p.size,
      tags: p.tags ?? [],
      hqRegion: p.region,
      hqCity: p.city,
      tipSource: p.tip,
      riskPoints: p.risk?.[0] ?? 0,
      riskNote: p.risk?.[1] ?? null,
      notes: p.notes ?? null,
      ownerUnitId: units.get(p.owner)!,
      verifiedOn: addDaysToDate(DEMO_AS_OF, -p.verifiedDaysAgo),
      ...(lead
        ? { status: "lead_raised" as const, leadId: lead.id }
        : enterprise
          ? { status: "dropped" as const, dropReason: "已在区内落户" }
          : {}),
    });
  }
  await db.insert(s.prospects).values(rows);
}
