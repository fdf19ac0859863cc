import {
  AFTERCARE_STAGES,
  DEMO_HOLIDAYS,
  WorkingCalendar,
  type ProjectType,
  type RequestCategory,
  type RiskKind,
} from "@crm/domain";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";
import type { Username } from "./people";

/** The approval dictionary: item, its usual department (unit code) and time limit in working days. */
const ITEMS: [string, string, number][] = [
  ["项目备案", "drc", 5],
  ["营业执照", "market", 5],
  ["用地预审", "land", 20],
  ["用地规划许可", "land", 20],
  ["工程规划许可", "land", 20],
  ["施工许可", "housing", 15],
  ["环评批复", "eco", 20],
  ["消防验收", "fire", 15],
  ["办学许可", "edu", 20],
  ["民办非企业登记", "civil", 20],
  ["侨资企业备案", "overseas", 10],
  ["食品经营许可", "market", 10],
  ["旅游景区质量等级评定", "culture", 30],
];

const TEMPLATES: Record<ProjectType, string[]> = {
  manufacturing: [
    "项目备案",
    "用地预审",
    "用地规划许可",
    "工程规划许可",
    "环评批复",
    "施工许可",
    "消防验收",
    "营业执照",
  ],
  kindergarten: ["民办非企业登记", "办学许可", "消防验收", "食品经营许可"],
  retail_catering: ["营业执照", "食品经营许可", "消防验收"],
  tourism: ["项目备案", "用地预审", "环评批复", "消防验收", "营业执照", "旅游景区质量等级评定"],
};

/** The dictionary and the templates by project type; links existing approvals to their entries. */
export async function insertApprovalDictionary(db: Executor, units: Map<string, string>) {
  const items = await db
    .insert(s.approvalItems)
    .values(
      ITEMS.map(([name, unit, timeLimitDays], i) => ({
        name,
        departmentId: units.get(unit)!,
        timeLimitDays,
        sort: i + 1,
      })),
    )
    .returning({ id: s.approvalItems.id, name: s.approvalItems.name });
  const idOf = new Map(items.map((i) => [i.name, i.id]));
  await db.insert(s.approvalTemplates).values(
    Object.entries(TEMPLATES).map(([projectType, names]) => ({
      projectType: projectType as ProjectType,
      itemIds: names.map((n) => idOf.get(n)!),
    })),
  );
  for (const [name, id] of idOf) await db.update(s.approvals).set({ itemId: id }).where(eq(s.approvals.item, name));
}

/** Due dates of submitted approvals: submission plus the time limit in working days. */
export async function setApprovalDueDates(db: Executor) {
  const calendar = new WorkingCalendar(DEMO_HOLIDAYS);
  const rows = await db
    .select()
    .from(s.approvals)
    .where(and(isNotNull(s.approvals.submittedOn), isNotNull(s.approvals.timeLimitDays)));
  for (const a of rows)
    await db
      .update(s.approvals)
      .set({ dueOn: calendar.addWorkingDays(a.submittedOn!, a.timeLimitDays!) })
      .where(eq(s.approvals.id, a.id));
}

interface RequestSpec {
  project: string;
  by: Username;
  category: RequestCategory;
  title: string;
  description: string;
  raisedAt: string;
  route?: { to: string; by: Username; at: string; days: number; dueOn: string };
  replies?: [Username, string, string][];
  resolved?: { by: Username; at: string; text: string; rating?: number };
}

const REQUESTS: RequestSpec[] = [
  {
    project: "jinding",
    by: "ent.jinding",
    category: "land",
    title: "二期项目用地指标协调",
    description: "二期热处理车间需新增用地约30亩，请协助协调用地指标和预审。",
    raisedAt: "2026-11-12T02:30:00Z",
    route: { to: "land", by: "bureau.staff", at: "2026-11-12T08:00:00Z", days: 10, dueOn: "2026-11-26" },
    replies: [["dept.land", "2026-11-16T03:00:00Z", "已受理，正在核对园区剩余用地指标，本周内答复。"]],
  },
  {
    project: "rongguan",
    by: "zone.commerce",
    category: "other",
    title: "商场周边停车位不足",
    description: "开业后周末停车位紧张，顾客投诉较多，希望协调周边临时停车场。",
    raisedAt: "2026-10-10T02:00:00Z",
    route: { to: "housing", by: "bureau.staff", at: "2026-10-10T06:00:00Z", days: 10, dueOn: "2026-10-26" },
    resolved: {
      by: "dept.housing",
      at: "2026-10-22T07:00:00Z",
      text: "已协调商场北侧闲置地块作为临时停车场，新增车位120个。",
      rating: 4,
    },
  },
  {
    project: "zhongchi",
    by: "zone.street",
    category: "policy",
    title: "二手车交易市场扶持政策咨询",
    description: "企业咨询二手车交易中心可享受的区级产业扶持政策及申报时间。",
    raisedAt: "2026-10-30T01:00:00Z",
    route: { to: "drc", by: "bureau.staff", at: "2026-10-30T03:00:00Z", days: 10, dueOn: "2026-11-13" },
  },
];

/** A few enterprise requests in each state, routed and answered by the demo's people. */
export async function insertRequests(
  db: Executor,
  ids: { units: Map<string, string>; people: Map<string, string>; projects: Map<string, string> },
) {
  const person = (u: Username) => ids.people.get(u)!;
  for (const r of REQUESTS) {
    const [project] = await db
      .select({ id: s.projects.id, enterpriseId: s.projects.enterpriseId })
      .from(s.projects)
      .where(eq(s.projects.id, ids.projects.get(r.project)!));
    const [req] = await db
      .insert(s.serviceRequests)
      .values({
        enterpriseId: project!.enterpriseId,
        projectId: project!.id,
        category: r.category,
        title: r.title,
        description: r.description,
        status: r.resolved ? "resolved" : r.route ? "assigned" : "submitted",
        raisedById: person(r.by),
        departmentId: r.route ? ids.units.get(r.route.to)! : null,
        timeLimitDays: r.route?.days ?? null,
        dueOn: r.route?.dueOn ?? null,
        routedAt: r.route ? new Date(r.route.at) : null,
        resolvedAt: r.resolved ? new Date(r.resolved.at) : null,
        resolution: r.resolved?.text ?? null,
        rating: r.resolved?.rating ?? null,
        ratedAt: r.resolved?.rating ? new Date(r.resolved.at) : null,
        createdAt: new Date(r.raisedAt),
      })
      .returning({ id: s.serviceRequests.id });
    const entries: (typeof s.serviceRequestEntries.$inferInsert)[] = [];
    if (r.route)
      entries.push({
        requestId: req!.id,
        kind: "route",
        authorId: person(r.route.by),
        unitId: ids.units.get("bureau")!,
        createdAt: new Date(r.route.at),
      });
    for (const [by, at, body] of r.replies ?? [])
      entries.push({
        requestId: req!.id,
        kind: "reply",
        body,
        authorId: person(by),
        unitId: ids.units.get(r.route!.to)!,
        createdAt: new Date(at),
      });
    if (r.resolved) {
      entries.push({
        requestId: req!.id,
        kind: "resolve",
        body: r.resolved.text,
        authorId: person(r.resolved.by),
        unitId: ids.units.get(r.route!.to)!,
        createdAt: new Date(r.resolved.at),
      });
      if (r.resolved.rating)
        entries.push({
          requestId: req!.id,
          kind: "rate",
          body: null,
          authorId: person(r.by),
          createdAt: new Date(r.resolved.at),
        });
    }
    if (entries.length) await db.insert(s.serviceRequestEntries).values(entries);
  }
}

const RISKS: [string, RiskKind, string, string][] = [
  ["jiangmomo", "wants_to_move", "门店租约明年到期，企业在比较雁峰区的铺面，有迁出意向", "2026-11-05"],
  ["hilton", "falling_output", "三季度入住率同比下降18%，营收下滑", "2026-10-20"],
];

/** 稳商留商: two projects in operation flagged at risk. */
export async function insertRisks(db: Executor, projects: Map<string, string>) {
  for (const [key, riskKind, riskNote, riskSince] of RISKS)
    await db
      .update(s.projects)
      .set({ riskKind, riskNote, riskSince })
      .where(eq(s.projects.id, projects.get(key)!));
}

const VISIT_NOTES = [
  "走访企业，了解生产经营情况，企业运行平稳",
  "上门服务，协调解决用工招聘需求",
  "走访了解订单和产值情况，宣讲惠企政策",
  "陪同企业对接金融机构，了解融资需求",
];

/**
 * 稳商留商 visits: most projects in production or operation were visited in the last quarter; every
 * fifth was not, so the after-care list has visits falling due. Deterministic.
 */
export async function insertAftercareVisits(db: Executor, asOf: string) {
  const rows = await db
    .select({ id: s.projects.id, contactId: s.projects.serviceContactId })
    .from(s.projects)
    .where(inArray(s.projects.stage, [...AFTERCARE_STAGES]))
    .orderBy(asc(s.projects.name));
  const [fallback] = await db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "bureau.staff"));
  const base = new Date(`${asOf}T00:00:00Z`).getTime();
  const visits = rows
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => i % 5 !== 4)
    .map(({ p, i }) => ({
      projectId: p.id,
      kind: "visit" as const,
      occurredOn: new Date(base - ((i * 7) % 85) * 86_400_000 - 86_400_000).toISOString().slice(0, 10),
      people: "企业负责人、包联干部",
      summary: VISIT_NOTES[i % VISIT_NOTES.length]!,
      nextStep: "按季度回访",
      authorId: p.contactId ?? fallback!.id,
    }));
  if (visits.length) await db.insert(s.followUps).values(visits);
}

/**
 * 到位资金 this year: projects building or producing post funds each month from their signing (or
 * January) to the month before `asOf`, a share of the signed amount that varies month to month.
 */
export async function insertRecentFunds(db: Executor, asOf: string) {
  const year = Number(asOf.slice(0, 4));
  const lastMonth = Number(asOf.slice(5, 7)) - 1;
  const rows = await db
    .select({
      id: s.projects.id,
      signedAmount: s.projects.signedAmount,
      signedOn: s.projects.signedOn,
      contactId: s.projects.serviceContactId,
    })
    .from(s.projects)
    .where(inArray(s.projects.stage, ["under_construction", "in_production", "operating"]))
    .orderBy(asc(s.projects.name));
  const postings = rows.flatMap((p, i) => {
    if (!p.signedAmount || !p.signedOn) return [];
    const from = p.signedOn.startsWith(String(year)) ? Number(p.signedOn.slice(5, 7)) + 1 : 1;
    const cents = BigInt(Math.round(Number(p.signedAmount) * 100));
    return Array.from({ length: Math.max(0, lastMonth - from + 1) }, (_, k) => {
      const month = from + k;
      // 0.5% to 2.5% of the signed amount a month, in whole 万元.
      const share = 5n + BigInt((i * 7 + month * 3) % 21);
      return {
        projectId: p.id,
        month: `${year}-${String(month).padStart(2, "0")}-01`,
        amount: ((cents * share) / 100000n).toString() + ".00",
        postedById: p.contactId,
      };
    }).filter((x) => x.amount !== "0.00");
  });
  if (postings.length) await db.insert(s.fundPostings).values(postings);
}
