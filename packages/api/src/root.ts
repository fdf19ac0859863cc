import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { aftercareRouter } from "./router/aftercare";
import { approvalRouter } from "./router/approval";
import { auditRouter } from "./router/audit";
import { bulletinRouter } from "./router/bulletin";
import { chainRouter } from "./router/chain";
import { carrierRouter } from "./router/carrier";
import { cockpitRouter } from "./router/cockpit";
import { dispatchRouter } from "./router/dispatch";
import { enterpriseRouter } from "./router/enterprise";
import { homeRouter } from "./router/home";
import { leadRouter } from "./router/lead";
import { meetingRouter } from "./router/meeting";
import { notificationRouter } from "./router/notification";
import { orgRouter } from "./router/org";
import { portalRouter } from "./router/portal";
import { preferenceRouter } from "./router/preference";
import { projectRouter } from "./router/project";
import { promoEventRouter } from "./router/event";
import { prospectRouter } from "./router/prospect";
import { tripRouter } from "./router/trip";
import { requestRouter } from "./router/request";
import { settingsRouter } from "./router/settings";
import { shareRouter } from "./router/share";
import { taskRouter } from "./router/task";
import { todoRouter } from "./router/todo";
import { transferRouter } from "./router/transfer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  aftercare: aftercareRouter,
  approval: approvalRouter,
  audit: auditRouter,
  bulletin: bulletinRouter,
  chain: chainRouter,
  carrier: carrierRouter,
  cockpit: cockpitRouter,
  dispatch: dispatchRouter,
  enterprise: enterpriseRouter,
  home: homeRouter,
  lead: leadRouter,
  meeting: meetingRouter,
  notification: notificationRouter,
  org: orgRouter,
  project: projectRouter,
  promoEvent: promoEventRouter,
  prospect: prospectRouter,
  trip: tripRouter,
  portal: portalRouter,
  preference: preferenceRouter,
  request: requestRouter,
  settings: settingsRouter,
  share: shareRouter,
  task: taskRouter,
  todo: todoRouter,
  transfer: transferRouter,
});

export type AppRouter = typeof appRouter;
