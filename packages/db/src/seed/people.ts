import type { Role } from "@crm/domain";

import type { UnitCode } from "./units";

export interface PersonSpec {
  username: string;
  displayName: string;
  title: string;
  role: Role;
  unit: UnitCode | null;
  /** Key of an enterprise in the stories, for enterprise users. */
  enterprise?: string;
  mobile: string;
}

/** Every demo account signs in with this password (README). */
export const DEMO_PASSWORD = "Demo@2024";

/** One account per role as the README lists them, then colleagues who appear as contacts and leaders. */
export const DEMO_ACCOUNTS = [
  {
    username: "sysadmin",
    displayName: "系统管理员",
    title: "系统管理员",
    role: "sysadmin",
    unit: "bureau",
    mobile: "13807340000",
  },
  {
    username: "secadmin",
    displayName: "安全管理员",
    title: "安全管理员",
    role: "secadmin",
    unit: "bureau",
    mobile: "13807340009",
  },
  {
    username: "auditor",
    displayName: "安全审计员",
    title: "安全审计员",
    role: "auditor",
    unit: "bureau",
    mobile: "13807340010",
  },
  {
    username: "bureau.lead",
    displayName: "王建国",
    title: "商务局局长",
    role: "bureau_lead",
    unit: "bureau",
    mobile: "13807340001",
  },
  {
    username: "bureau.staff",
    displayName: "陈晓明",
    title: "商务局招商股干部",
    role: "bureau_staff",
    unit: "bureau",
    mobile: "13807340002",
  },
  {
    username: "zone.park",
    displayName: "刘志强",
    title: "园区专班干部",
    role: "zone_staff",
    unit: "park",
    mobile: "13807340011",
  },
  {
    username: "zone.street",
    displayName: "张丽",
    title: "街区专班干部",
    role: "zone_staff",
    unit: "street",
    mobile: "13807340012",
  },
  {
    username: "zone.commerce",
    displayName: "李娜",
    title: "商区专班干部",
    role: "zone_staff",
    unit: "commerce",
    mobile: "13807340013",
  },
  {
    username: "zone.scenic",
    displayName: "周婷",
    title: "景区专班干部",
    role: "zone_staff",
    unit: "scenic",
    mobile: "13807340014",
  },
  {
    username: "zone.area",
    displayName: "赵磊",
    title: "片区专班干部",
    role: "zone_staff",
    unit: "area",
    mobile: "13807340015",
  },
  {
    username: "dept.edu",
    displayName: "孙敏",
    title: "教育局干部",
    role: "dept_staff",
    unit: "edu",
    mobile: "13807340021",
  },
  {
    username: "dept.land",
    displayName: "吴刚",
    title: "自然资源局干部",
    role: "dept_staff",
    unit: "land",
    mobile: "13807340022",
  },
  {
    username: "town.yumu",
    displayName: "郑芳",
    title: "雨母山镇干部",
    role: "town_staff",
    unit: "yumu",
    mobile: "13807340031",
  },
  { username: "leader", displayName: "林涛", title: "区长", role: "leader", unit: "leaders", mobile: "13807340041" },
  {
    username: "ent.jinding",
    displayName: "马骏",
    title: "湖南金鼎钻采专用管制造有限公司 行政经理",
    role: "enterprise",
    unit: null,
    enterprise: "jinding",
    mobile: "13907340051",
  },
  {
    username: "ent.lelin",
    displayName: "Grace 何",
    title: "乐麟幼儿园 园务负责人",
    role: "enterprise",
    unit: null,
    enterprise: "lelin",
    mobile: "13907340052",
  },
] as const satisfies readonly PersonSpec[];

export const OTHER_PEOPLE = [
  {
    username: "leader.secretary",
    displayName: "曾建华",
    title: "区委书记",
    role: "leader",
    unit: "leaders",
    mobile: "13807340042",
  },
  {
    username: "leader.vice",
    displayName: "彭宇",
    title: "分管副区长",
    role: "leader",
    unit: "leaders",
    mobile: "13807340043",
  },
  {
    username: "zone.park2",
    displayName: "黄海波",
    title: "园区专班干部",
    role: "zone_staff",
    unit: "park",
    mobile: "13807340016",
  },
  {
    username: "dept.civil",
    displayName: "邓雪",
    title: "民政局干部",
    role: "dept_staff",
    unit: "civil",
    mobile: "13807340023",
  },
  {
    username: "dept.market",
    displayName: "罗斌",
    title: "市场监管局干部",
    role: "dept_staff",
    unit: "market",
    mobile: "13807340024",
  },
  {
    username: "dept.culture",
    displayName: "谢婉",
    title: "文旅体局干部",
    role: "dept_staff",
    unit: "culture",
    mobile: "13807340025",
  },
  {
    username: "dept.miit",
    displayName: "蒋川",
    title: "工信局干部",
    role: "dept_staff",
    unit: "miit",
    mobile: "13807340026",
  },
  {
    username: "dept.housing",
    displayName: "许磊",
    title: "住建局干部",
    role: "dept_staff",
    unit: "housing",
    mobile: "13807340027",
  },
  {
    username: "dept.drc",
    displayName: "何平",
    title: "发改局干部",
    role: "dept_staff",
    unit: "drc",
    mobile: "13807340028",
  },
  {
    username: "town.daiying",
    displayName: "汤亮",
    title: "呆鹰岭镇干部",
    role: "town_staff",
    unit: "daiying",
    mobile: "13807340032",
  },
  {
    username: "town.lianhe",
    displayName: "欧阳琳",
    title: "联合街道干部",
    role: "town_staff",
    unit: "lianhe",
    mobile: "13807340033",
  },
  {
    username: "town.hongxiang",
    displayName: "贺军",
    title: "红湘街道干部",
    role: "town_staff",
    unit: "hongxiang",
    mobile: "13807340034",
  },
] as const satisfies readonly PersonSpec[];

export type Username = (typeof DEMO_ACCOUNTS)[number]["username"] | (typeof OTHER_PEOPLE)[number]["username"];
