import { fromCents, toCents, type Stage } from "@crm/domain";

import type { ChainCode } from "./chains";
import type { Username } from "./people";
import type { EnterpriseSpec, Move, ProjectSpec } from "./spec";
import { STORY_KEYS_SIGNED_2024, STORY_PROJECTS } from "./stories";
import type { ZoneCode } from "./units";
import { addDays, dayBetween, firstOfMonth, rng, type Rng } from "./util";

/** DOMAIN §4: the district closed 2024 with 26 signings for 64亿元 (640,000万元) and 107 projects in reserve. */
export const TARGET_2024 = {
  signedCount: 26,
  signedAmountWan: "640000.00",
  reserveAtYearEnd: 107,
  planned: 16,
  negotiating: 22,
  newAboveScale: 35,
};

const CITIES = [
  "长沙",
  "深圳",
  "广州",
  "天津",
  "沧州",
  "苏州",
  "上海",
  "杭州",
  "重庆",
  "武汉",
  "衡阳",
  "株洲",
  "佛山",
  "宁波",
  "成都",
  "郑州",
];
const BRANDS = [
  "鑫达",
  "恒通",
  "瑞丰",
  "华晟",
  "中冶",
  "宏图",
  "博远",
  "嘉禾",
  "天润",
  "金石",
  "永安",
  "正源",
  "弘毅",
  "盛世",
  "远航",
  "创新",
  "同创",
  "汇丰",
  "德隆",
  "新锐",
  "鼎盛",
  "联合",
  "卓越",
  "兴业",
  "长青",
  "启航",
  "明辉",
  "昌盛",
  "众合",
  "聚力",
  "凯旋",
  "华夏",
];
const INDUSTRY: Record<ChainCode, { words: string[]; zones: ZoneCode[]; amount: [number, number] }> = {
  steel_pipe: { words: ["钢管", "管件", "特钢", "钻具", "热处理"], zones: ["park"], amount: [8000, 60000] },
  auto: { words: ["汽车销售", "汽车服务", "新能源汽车", "汽车租赁"], zones: ["street"], amount: [3000, 30000] },
  commerce: { words: ["商业管理", "商贸", "餐饮管理", "品牌运营"], zones: ["commerce"], amount: [2000, 25000] },
  logistics: { words: ["物流", "供应链", "仓储", "冷链"], zones: ["park", "area"], amount: [5000, 40000] },
  culture_tourism: { words: ["文化旅游", "文创", "研学", "演艺"], zones: ["scenic"], amount: [2000, 20000] },
  agri_tourism: { words: ["农业开发", "生态农业", "田园", "民宿"], zones: ["scenic", "area"], amount: [1000, 12000] },
  real_estate: {
    words: ["置业", "房地产开发", "城市更新", "物业"],
    zones: ["area", "commerce"],
    amount: [20000, 80000],
  },
  building_materials: {
    words: ["新型建材", "装配式建筑", "建设工程", "节能科技"],
    zones: ["area", "park"],
    amount: [5000, 40000],
  },
};
const CHAIN_CODES = Object.keys(INDUSTRY) as ChainCode[];
const CONTACTS: Record<ZoneCode, Username[]> = {
  park: ["zone.park", "zone.park2"],
  street: ["zone.street"],
  commerce: ["zone.commerce"],
  scenic: ["zone.scenic"],
  area: ["zone.area"],
};

/** Amounts for `n` projects that add up to exactly `total` 万元, each a multiple of 100万. */
function splitAmount(r: Rng, n: number, total: string): string[] {
  const weights = Array.from({ length: n }, () => r.int(3, 20));
  const sum = weights.reduce((a, b) => a + b, 0);
  const hundreds = Number(toCents(total) / 10_000n); // in units of 100万
  const parts = weights.map((w) => Math.max(1, Math.floor((w * hundreds) / sum)));
  parts[parts.length - 1]! += hundreds - parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => fromCents(BigInt(p) * 10_000n));
}

function amountIn(r: Rng, [min, max]: [number, number]): string {
  return String(Math.round(r.int(min, max) / 100) * 100);
}

interface Generated {
  enterprises: EnterpriseSpec[];
  projects: ProjectSpec[];
}

export function generateDemo(seed = 20241231): Generated {
  const r = rng(seed);
  const enterprises: EnterpriseSpec[] = [];
  const projects: ProjectSpec[] = [];
  let n = 0;
  const names = new Set<string>();
  /** A brand not yet used with this industry word, so no two projects share a name. */
  const brandFor = (word: string) => {
    for (let k = 0; ; k++) {
      const brand = BRANDS[(n * 7 + k) % BRANDS.length]! + BRANDS[(n * 13 + 5 + k * 3) % BRANDS.length]!.slice(0, 1);
      if (!names.has(brand + word)) {
        names.add(brand + word);
        return brand;
      }
    }
  };

  function add(chain: ChainCode, moves: Move[], extra: Partial<ProjectSpec> = {}, aboveScaleSince?: string) {
    n += 1;
    const info = INDUSTRY[chain];
    const word = r.pick(info.words);
    const city = r.pick(CITIES);
    const brand = brandFor(word);
    const key = `gen-${n}`;
    const zone = r.pick(info.zones);
    enterprises.push({
      key,
      name: `${city}${brand}${word}有限公司`,
      originCity: city,
      industry: word,
      aboveScaleSince,
    });
    projects.push({
      key,
      name: `${brand}${word}项目`,
      enterprise: key,
      chain,
      zone,
      contact: r.pick(CONTACTS[zone]),
      moves,
      plannedAmount: amountIn(r, info.amount),
      ...extra,
    });
  }
  const chain = () => r.pick(CHAIN_CODES);

  // 1. The other 18 signings of 2024, adding up with the stories' to 64亿元.
  const storySigned = STORY_PROJECTS.filter((p) => (STORY_KEYS_SIGNED_2024 as readonly string[]).includes(p.key));
  const storyTotal = storySigned.reduce((acc, p) => acc + toCents(p.signedAmount!), 0n);
  const rest = TARGET_2024.signedCount - storySigned.length;
  const amounts = splitAmount(r, rest, fromCents(toCents(TARGET_2024.signedAmountWan) - storyTotal));
  for (let i = 0; i < rest; i++) {
    const signed = dayBetween(r, "2024-01-08", "2024-12-27");
    const start = addDays(signed, -r.int(40, 200));
    const moves: Move[] = [
      ["reserve", start],
      ["negotiating", addDays(signed, -r.int(10, 35))],
      ["signed", signed],
    ];
    const registered = addDays(signed, r.int(15, 60));
    if (i % 4 !== 3) moves.push(["registered", registered]);
    if (i % 4 === 0) moves.push(["under_construction", addDays(registered, r.int(10, 90))]);
    if (i % 8 === 0) moves.push(["in_production", addDays(registered, r.int(200, 400))]);
    const signedAmount = amounts[i]!;
    add(
      chain(),
      moves,
      {
        signedAmount,
        investedAmount: fromCents((toCents(signedAmount) * BigInt(r.int(20, 80))) / 100n),
        funds: [[firstOfMonth(addDays(signed, 45)), fromCents(toCents(signedAmount) / 5n)]],
      },
      dayBetween(r, "2024-01-01", "2024-12-31"),
    );
  }

  // 2. In reserve at the end of 2024: 107. Some moved on in 2025 and 2026.
  for (let i = 0; i < TARGET_2024.reserveAtYearEnd; i++) {
    const moves: Move[] = [["reserve", dayBetween(r, "2023-03-01", "2024-12-30")]];
    if (i % 3 === 0) {
      const talks = dayBetween(r, "2025-01-10", "2026-09-30");
      moves.push(["negotiating", talks]);
      if (i % 9 === 0) moves.push(["signed", addDays(talks, r.int(30, 50))]);
      else if (i % 15 === 3) moves.push(["lost", addDays(talks, r.int(20, 60)), "企业投资计划调整，终止合作"]);
    } else if (i % 17 === 5)
      moves.push(["paused", dayBetween(r, "2025-02-01", "2026-06-30"), "企业资金链紧张，暂缓推进"]);
    const signedOn = moves.find((m) => m[0] === "signed")?.[1];
    const c = chain();
    add(c, moves, signedOn ? { signedAmount: amountIn(r, INDUSTRY[c].amount) } : {});
  }

  // 3. In talks at the end of 2024 (the stories hold five more): 17. Eight signed in 2025.
  const aboveScaleInTalks = TARGET_2024.newAboveScale - 6 - rest - 8; // six story enterprises, the 18 signings, eight long-landed ones
  for (let i = 0; i < TARGET_2024.negotiating - 5; i++) {
    const moves: Move[] = [
      ["reserve", dayBetween(r, "2023-10-01", "2024-06-30")],
      ["negotiating", dayBetween(r, "2024-07-01", "2024-12-28")],
    ];
    let extra: Partial<ProjectSpec> = {};
    if (i < 8) {
      const signed = dayBetween(r, "2025-01-15", "2025-12-20");
      moves.push(["signed", signed], ["registered", addDays(signed, r.int(20, 60))]);
      extra = { signedAmount: amountIn(r, [5000, 50000]) };
    } else if (i === 12) extra = { codeName: "商贸-X12" };
    add(chain(), moves, extra, i < aboveScaleInTalks ? dayBetween(r, "2024-01-01", "2024-12-31") : undefined);
  }

  // 4. Planned at the end of 2024: 16. Six went into reserve in 2025.
  for (let i = 0; i < TARGET_2024.planned; i++) {
    const moves: Move[] = [["planned", dayBetween(r, "2024-03-01", "2024-12-20")]];
    if (i < 6) moves.push(["reserve", dayBetween(r, "2025-02-01", "2025-10-30")]);
    add(chain(), moves);
  }

  // 5. Long landed (signed 2021–2023), now operating; all became 四上 in 2024.
  for (let i = 0; i < 8; i++) {
    const signed = dayBetween(r, "2021-03-01", "2023-10-30");
    const amount = amountIn(r, [3000, 30000]);
    add(
      chain(),
      [
        ["negotiating", addDays(signed, -60)],
        ["signed", signed],
        ["registered", addDays(signed, 30)],
        ["operating", addDays(signed, 300)],
      ],
      { signedAmount: amount, investedAmount: amount },
      dayBetween(r, "2024-01-01", "2024-12-31"),
    );
  }

  // 6. Stopped in 2024: three lost, two paused (not in any year-end count above).
  for (let i = 0; i < 5; i++) {
    const start = dayBetween(r, "2023-06-01", "2024-03-30");
    add(chain(), [
      ["reserve", start],
      ["negotiating", addDays(start, 60)],
      i < 3 ? ["lost", addDays(start, 150), "企业选址他处"] : ["paused", addDays(start, 150), "等待用地指标"],
    ]);
  }

  // 7. New in 2025 and this year; a third signed, some landed, a few became 四上.
  for (let i = 0; i < 44; i++) {
    const start = dayBetween(r, "2025-01-05", "2026-10-31");
    const moves: Move[] = [[i % 4 === 0 ? "planned" : "reserve", start]];
    let extra: Partial<ProjectSpec> = {};
    if (i % 3 === 0 && start < "2026-09-01") {
      const signed = addDays(start, r.int(30, 80));
      moves.push(["negotiating", addDays(start, 20)], ["signed", signed]);
      if (i % 2 === 0) moves.push(["registered", addDays(signed, 25)]);
      if (i % 6 === 0) moves.push(["under_construction", addDays(signed, 50)]);
      extra = { signedAmount: amountIn(r, [3000, 60000]), tags: i === 30 ? ["fortune500", "key"] : undefined };
    } else if (i % 5 === 1) moves.push(["negotiating", addDays(start, r.int(10, 40))]);
    const above = i % 3 === 0 && i % 2 === 0 ? addDays(start, 200) : undefined;
    add(chain(), moves, extra, above && above <= "2026-11-01" ? above : undefined);
  }

  return { enterprises, projects };
}

/** The stage a project is in after its moves (the last one). */
export function finalStage(p: ProjectSpec): Stage {
  return p.moves[p.moves.length - 1]![0];
}
