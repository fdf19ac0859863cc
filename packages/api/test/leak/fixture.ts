import { eq, schema, type Database } from "@crm/db";
import { enterpriseNameKey, nameInitials } from "@crm/domain";

import { as, TODAY } from "../helpers";

/**
 * Demo accounts by what they should see of the confidential project below. The system and the
 * security administrator see no project, but the accounts list they keep shows every account, the
 * enterprise's portal account (named after it) included.
 */
export const SEES_REAL_NAME = [
  "sysadmin",
  "secadmin",
  "bureau.lead",
  "bureau.staff",
  "zone.park",
  "ent.qinling",
] as const;

const OLD_NAME = "秦岭旧名锻造项目";
const REAL_NAME = "秦岭钻石锻造项目";
const CODE_NAME = "代号-Q7";
const ENTERPRISE = "秦岭钻石锻造有限公司";
const CREDIT_CODE = "91430408MA4QLZS7XK";
const CONTACT = "钱多多";
const PHONE = "13912345678";
const ENTERPRISE_ACCOUNT = "秦岭钻石锻造·张总";

export interface Confidential {
  projectId: string;
  enterpriseId: string;
  codeName: string;
  /** Every id the walk tries where a procedure takes an id. */
  ids: Record<string, string>;
  /** What must never reach a caller who is shown the code name. */
  secrets: string[];
  /** What a search box may be typed with: none of it may find the project for such a caller. */
  searchTerms: string[];
}

/**
 * A confidential project of 园区专班 (responsible and zone) with everything around it that reaches
 * other units: a lead reported by 雨母山镇 that became it, tasks for 街区专班 and 教育局, an
 * approval and a request with 教育局, a meeting's agenda, this month's dispatch update, funds, a
 * follow-up, a rename in the audit trail, notifications and group-robot messages, and the target
 * enterprise (目标企业库) its lead was raised from.
 */
export async function makeConfidentialProject(db: Database): Promise<Confidential> {
  const unit = async (shortName: string) =>
    (await db.select().from(schema.orgUnits).where(eq(schema.orgUnits.shortName, shortName)))[0]!;
  const user = async (username: string) =>
    (await db.select().from(schema.users).where(eq(schema.users.username, username)))[0]!;
  const [park, street, edu, yumu, bureau] = await Promise.all(
    ["园区专班", "街区专班", "教育局", "雨母山镇", "商务局"].map(unit),
  );
  const [parkUser, yumuUser, bureauLead] = await Promise.all(["zone.park", "town.yumu", "bureau.lead"].map(user));
  const [chain] = await db.select().from(schema.chains).limit(1);
  const today = TODAY.toISOString().slice(0, 10);

  const [enterprise] = await db
    .insert(schema.enterprises)
    .values({
      name: ENTERPRISE,
      nameKey: enterpriseNameKey(ENTERPRISE),
      nameInitials: nameInitials(ENTERPRISE),
      creditCode: CREDIT_CODE,
      contactName: CONTACT,
      contactPhone: PHONE,
      aboveScaleSince: "2001-01-01",
    })
    .returning();
  const [project] = await db
    .insert(schema.projects)
    .values({
      name: OLD_NAME,
      nameInitials: nameInitials(OLD_NAME),
      codeName: CODE_NAME,
      enterpriseId: enterprise!.id,
      zoneId: park!.id,
      responsibleUnitId: park!.id,
      chainId: chain!.id,
      serviceContactId: parkUser!.id,
      stage: "in_production",
      plannedAmount: "88000",
      signedAmount: "86000",
      signedOn: "2026-03-02",
      registeredOn: "2026-04-08",
      productionStartedOn: "2026-10-01",
      riskKind: "other",
      riskNote: "用电负荷待扩容",
      riskSince: today,
    })
    .returning();
  const projectId = project!.id;
  // The project and its enterprise at a node of the chain's map (the node's panel names them).
  const [node] = await db.select().from(schema.chainNodes).where(eq(schema.chainNodes.chainId, chain!.id)).limit(1);
  await db.update(schema.projects).set({ chainNodeId: node!.id }).where(eq(schema.projects.id, projectId));
  await db.insert(schema.chainNodeEnterprises).values({ nodeId: node!.id, enterpriseId: enterprise!.id });
  await db.insert(schema.stageEvents).values({ projectId, toStage: "in_production", occurredOn: "2026-10-01" });
  await db.insert(schema.fundPostings).values({ projectId, month: "2026-11-01", amount: "1200" });
  await db.insert(schema.followUps).values({
    projectId,
    kind: "visit",
    occurredOn: "2026-11-20",
    summary: "走访车间",
    authorId: parkUser!.id,
  });
  await db.insert(schema.monthlyUpdates).values({
    projectId,
    month: "2026-11-01",
    unitId: park!.id,
    authorId: parkUser!.id,
    progress: "设备调试",
  });

  const [lead] = await db
    .insert(schema.leads)
    .values({
      enterpriseId: enterprise!.id,
      enterpriseName: ENTERPRISE,
      enterpriseKey: enterpriseNameKey(ENTERPRISE),
      creditCode: CREDIT_CODE,
      source: "town",
      reportingUnitId: yumu!.id,
      reportedById: yumuUser!.id,
      reportedOn: today,
      status: "converted",
      assigneeUnitId: park!.id,
      assignedById: bureauLead!.id,
      assignedOn: today,
      projectId,
    })
    .returning();
  await db
    .insert(schema.leadReporters)
    .values({ leadId: lead!.id, unitId: yumu!.id, userId: yumuUser!.id, reportedOn: today });

  // The target enterprise (目标企业库) the lead was raised from: it goes by the code name too.
  const [prospect] = await db
    .insert(schema.prospects)
    .values({
      name: ENTERPRISE,
      nameKey: enterpriseNameKey(ENTERPRISE),
      nameInitials: nameInitials(ENTERPRISE),
      creditCode: CREDIT_CODE,
      chainId: chain!.id,
      sizeBand: "large",
      tags: ["high_tech"],
      hqRegion: "陕西省",
      tipSource: "秦岭商会推荐",
      contactName: CONTACT,
      contactPhone: PHONE,
      ownerUnitId: park!.id,
      verifiedOn: today,
      status: "lead_raised",
      leadId: lead!.id,
    })
    .returning();

  const [account] = await db
    .insert(schema.users)
    .values({
      username: "ent.qinling",
      displayName: ENTERPRISE_ACCOUNT,
      role: "enterprise",
      enterpriseId: enterprise!.id,
      passwordHash: "x",
    })
    .returning();
  const [request] = await db
    .insert(schema.serviceRequests)
    .values({
      enterpriseId: enterprise!.id,
      projectId,
      category: "utilities",
      title: "扩容报装",
      description: "变压器容量不足",
      status: "assigned",
      raisedById: account!.id,
      departmentId: edu!.id,
      timeLimitDays: 5,
      dueOn: "2026-11-20",
      routedAt: TODAY,
    })
    .returning();
  await db.insert(schema.serviceRequestEntries).values([
    { requestId: request!.id, kind: "message", body: "变压器容量不足", authorId: account!.id },
    { requestId: request!.id, kind: "route", body: "请教育局协调", authorId: bureauLead!.id, unitId: bureau!.id },
  ]);
  const [attachment] = await db
    .insert(schema.serviceRequestAttachments)
    .values({
      requestId: request!.id,
      fileName: "负荷.pdf",
      contentType: "application/pdf",
      size: 8,
      content: Buffer.from("%PDF-1.4"),
      uploadedById: account!.id,
    })
    .returning();

  const [approval] = await db
    .insert(schema.approvals)
    .values({
      projectId,
      item: "办学许可",
      departmentId: edu!.id,
      status: "in_review",
      startedOn: "2026-11-02",
      submittedOn: "2026-11-03",
      timeLimitDays: 10,
      dueOn: "2026-11-17",
    })
    .returning();

  const [meeting] = await db
    .insert(schema.meetings)
    .values({
      kind: "dispatch",
      title: "十一月调度会",
      heldOn: today,
      chairId: bureauLead!.id,
      createdById: bureauLead!.id,
    })
    .returning();
  await db
    .insert(schema.meetingUnits)
    .values([park, street, edu].map((u) => ({ meetingId: meeting!.id, unitId: u!.id })));
  await db.insert(schema.meetingAgenda).values({ meetingId: meeting!.id, projectId, sort: 0 });

  // Group robots for the units that hear of it, so that their messages are written.
  await db
    .insert(schema.unitWebhooks)
    .values([bureau, park, street, edu].map((u) => ({ unitId: u!.id, url: "http://127.0.0.1:9/robot" })))
    .onConflictDoNothing();

  // Through the procedures: a rename by the bureau (in the audit trail), tasks for two units (their
  // notifications), a blocker on the approval (the service contact and the bureau hear of it).
  const staff = await as(db, "bureau.staff");
  await staff.project.update({ id: projectId, version: project!.version, patch: { name: REAL_NAME } });
  const lead_ = await as(db, "bureau.lead");
  const street_ = await lead_.task.create({
    title: "协调配套道路",
    subject: "project",
    projectId,
    assigneeUnitId: street!.id,
  });
  // Overdue: it shows on every board and home that lists what is late.
  await db.update(schema.tasks).set({ dueOn: "2026-11-10" }).where(eq(schema.tasks.id, street_.id));
  const edu_ = await lead_.task.create({
    title: "协调办学许可",
    subject: "project",
    projectId,
    assigneeUnitId: edu!.id,
  });
  const dept = await as(db, "dept.edu");
  await dept.approval.update({
    id: approval!.id,
    version: approval!.version,
    status: "in_review",
    blocker: "材料待补",
  });

  // A parcel in talks with the project and its lead: the carrier's page names them only as the caller may.
  const [carrier] = await db
    .insert(schema.carriers)
    .values({
      kind: "land",
      code: "LEAK-L1",
      name: "代号项目洽谈地块",
      zoneId: park!.id,
      ownerUnitId: park!.id,
      locationText: "园区",
      areaMu: "50",
      supplyState: "ready",
      state: "in_talks",
      projectId,
      leadId: lead!.id,
      verifiedOn: "2026-11-01",
    })
    .returning();

  // An event (活动招商) where the project was signed and its enterprise's person attended, with the
  // lead linked from the attendee: the event's lists name them only as the caller may.
  const [event] = await db
    .insert(schema.promoEvents)
    .values({
      kind: "signing",
      title: "冬季项目签约仪式",
      heldOn: today,
      ownerUnitId: bureau!.id,
      createdById: bureauLead!.id,
    })
    .returning();
  await db.insert(schema.promoEventAttendees).values({
    eventId: event!.id,
    enterpriseName: ENTERPRISE,
    enterpriseKey: enterpriseNameKey(ENTERPRISE),
    person: CONTACT,
    phone: PHONE,
    checkedInAt: TODAY,
    leadId: lead!.id,
  });
  await db
    .insert(schema.promoEventSignings)
    .values({ eventId: event!.id, projectId, signedAmountWan: "86000", counted: true });
  // A trip with a meeting with the enterprise (its lead) and the enterprise on the target list; its
  // purpose names the enterprise, so it is withheld from whoever is shown the code name.
  const [streetUser, eduUser, staffUser] = await Promise.all(["zone.street", "dept.edu", "bureau.staff"].map(user));
  const [trip] = await db
    .insert(schema.trips)
    .values({
      title: "代号项目对接考察",
      destinations: ["深圳"],
      startsOn: "2026-11-20",
      endsOn: "2026-11-26",
      purpose: `拜访${ENTERPRISE}`,
      debrief: `${ENTERPRISE}有意落户`,
      ownerUnitId: bureau!.id,
      createdById: staffUser!.id,
    })
    .returning();
  await db
    .insert(schema.tripMembers)
    .values([staffUser, streetUser, eduUser].map((u) => ({ tripId: trip!.id, userId: u!.id })));
  await db
    .insert(schema.tripTargets)
    .values({ tripId: trip!.id, enterpriseName: ENTERPRISE, enterpriseKey: enterpriseNameKey(ENTERPRISE) });
  await db.insert(schema.tripMeetings).values({
    tripId: trip!.id,
    meetsOn: "2026-11-21",
    enterpriseName: ENTERPRISE,
    enterpriseKey: enterpriseNameKey(ENTERPRISE),
    people: CONTACT,
    interest: "high",
    nextStep: `回访${ENTERPRISE}`,
    recordedById: staffUser!.id,
    leadId: lead!.id,
  });

  return {
    projectId,
    enterpriseId: enterprise!.id,
    codeName: CODE_NAME,
    ids: {
      project: projectId,
      enterprise: enterprise!.id,
      lead: lead!.id,
      prospect: prospect!.id,
      request: request!.id,
      attachment: attachment!.id,
      approval: approval!.id,
      meeting: meeting!.id,
      taskForStreet: street_.id,
      taskForEdu: edu_.id,
      park: park!.id,
      street: street!.id,
      edu: edu!.id,
      chain: chain!.id,
      node: node!.id,
      carrier: carrier!.id,
      event: event!.id,
      trip: trip!.id,
    },
    secrets: [
      REAL_NAME,
      OLD_NAME,
      ENTERPRISE,
      CREDIT_CODE,
      nameInitials(REAL_NAME),
      nameInitials(OLD_NAME),
      nameInitials(ENTERPRISE),
      CONTACT,
      PHONE,
      ENTERPRISE_ACCOUNT,
      enterprise!.id,
    ],
    searchTerms: [REAL_NAME, OLD_NAME, ENTERPRISE, CREDIT_CODE, nameInitials(REAL_NAME), nameInitials(ENTERPRISE)],
  };
}
