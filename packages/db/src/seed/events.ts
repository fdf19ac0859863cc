import { enterpriseNameKey } from "@crm/domain";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";

/** Shanghai noon of a day, as the moment an attendee was checked in. */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);

/** The entrepreneurs at the 2024 新春“湘商回归” event besides 刘萍 (the report: 100 余名; a dozen here). */
const HOMECOMING_GUESTS: [string, string][] = [
  ["衡阳湘南钢构有限公司", "周建国"],
  ["长沙星河冷链物流有限公司", "谢文斌"],
  ["湖南楚韵文创有限公司", "欧阳晴"],
  ["深圳湘融科技有限公司", "彭海涛"],
  ["广州衡商贸易有限公司", "曾志明"],
  ["杭州湘茶文化传播有限公司", "罗慧"],
  ["上海雁城实业有限公司", "廖国强"],
  ["东莞衡阳商会服务有限公司", "贺永红"],
];

/** Guests of the recent 推介会 (not yet checked in: the demo's check-in list). */
const ROADSHOW_GUESTS: [string, string, string][] = [
  ["湖南宏泰钢管制造有限公司", "唐志远", "13907341201"],
  ["衡阳精工石油机械有限公司", "蒋文华", "13907341202"],
  ["湖南雁峰新材料有限公司", "邓丽娟", "13907341203"],
  ["株洲华威汽配有限公司", "黄俊", "13907341204"],
];

/**
 * The demo's events (活动招商): the 2024 新春“湘商回归” event that brought 刘萍 and 宜园·见之茶苑
 * (its lead linked from her attendee row); a spring 2026 signing ceremony; the autumn 2026 one, where
 * one project signed in spring is signed again and flagged, not counted; and a 推介会 on the demo's
 * today whose guests are still to check in.
 */
export async function insertEvents(db: Executor, units: Map<string, string>, staffId: string) {
  const bureau = units.get("bureau")!;
  const insertEvent = async (values: Omit<typeof s.promoEvents.$inferInsert, "ownerUnitId" | "createdById">) =>
    (
      await db
        .insert(s.promoEvents)
        .values({ ...values, ownerUnitId: bureau, createdById: staffId })
        .returning()
    )[0]!;

  const homecoming = await insertEvent({
    kind: "homecoming",
    title: "新春“湘商回归”恳谈会",
    heldOn: "2024-02-04",
    place: "区政府第一会议室",
    organisers: "区商务局、区侨联、区文旅体局",
    costWan: "6.80",
  });
  const meiliName = "衡阳美丽家园文化旅游发展有限公司";
  const [meiliLead] = await db
    .select({ id: s.leads.id })
    .from(s.leads)
    .where(and(eq(s.leads.enterpriseKey, enterpriseNameKey(meiliName)), eq(s.leads.source, "event")))
    .limit(1);
  await db.insert(s.promoEventAttendees).values([
    {
      eventId: homecoming.id,
      enterpriseName: meiliName,
      enterpriseKey: enterpriseNameKey(meiliName),
      person: "刘萍",
      checkedInAt: noon("2024-02-04"),
      leadId: meiliLead?.id ?? null,
    },
    ...HOMECOMING_GUESTS.map(([name, person]) => ({
      eventId: homecoming.id,
      enterpriseName: name,
      enterpriseKey: enterpriseNameKey(name),
      person,
      checkedInAt: noon("2024-02-04"),
    })),
  ]);

  // Signings: projects of the demo signed in 2026, not confidential, by signing day.
  const signed2026 = await db
    .select({ id: s.projects.id, signedAmount: s.projects.signedAmount })
    .from(s.projects)
    .where(
      and(
        gte(s.projects.signedOn, "2026-01-01"),
        isNull(s.projects.codeName),
        inArray(s.projects.stage, ["signed", "registered", "under_construction", "in_production", "operating"]),
      ),
    )
    .orderBy(asc(s.projects.signedOn), asc(s.projects.name))
    .limit(4);
  const amount = (p: (typeof signed2026)[number]) => p.signedAmount ?? "1000.00";
  const spring = await insertEvent({
    kind: "signing",
    title: "2026年春季重点项目集中签约仪式",
    heldOn: "2026-04-16",
    place: "区会展中心",
    organisers: "区商务局",
    costWan: "12.00",
  });
  const autumn = await insertEvent({
    kind: "signing",
    title: "2026年秋季招商引资项目签约仪式",
    heldOn: "2026-10-28",
    place: "区会展中心",
    organisers: "区商务局、园区专班",
    costWan: "15.00",
  });
  const [first, second, third, fourth] = signed2026;
  const signings: (typeof s.promoEventSignings.$inferInsert)[] = [];
  if (first) signings.push({ eventId: spring.id, projectId: first.id, signedAmountWan: amount(first), counted: true });
  if (second)
    signings.push({ eventId: spring.id, projectId: second.id, signedAmountWan: amount(second), counted: true });
  if (third) signings.push({ eventId: autumn.id, projectId: third.id, signedAmountWan: amount(third), counted: true });
  if (fourth)
    signings.push({ eventId: autumn.id, projectId: fourth.id, signedAmountWan: amount(fourth), counted: true });
  // Signed again at the autumn ceremony: kept, flagged, not counted (it counts at the spring one).
  if (first) signings.push({ eventId: autumn.id, projectId: first.id, signedAmountWan: amount(first), counted: false });
  if (signings.length)
    await db.insert(s.promoEventSignings).values(signings.map((x) => ({ ...x, createdById: staffId })));

  const roadshow = await insertEvent({
    kind: "roadshow",
    title: "钢管及深加工产业链招商推介会",
    heldOn: "2026-11-25",
    place: "钢管产业园区管委会",
    organisers: "区商务局、园区专班",
  });
  await db.insert(s.promoEventAttendees).values(
    ROADSHOW_GUESTS.map(([name, person, phone]) => ({
      eventId: roadshow.id,
      enterpriseName: name,
      enterpriseKey: enterpriseNameKey(name),
      person,
      phone,
    })),
  );
}
