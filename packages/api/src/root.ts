import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { bulletinRouter } from "./router/bulletin";
import { dispatchRouter } from "./router/dispatch";
import { homeRouter } from "./router/home";
import { leadRouter } from "./router/lead";
import { meetingRouter } from "./router/meeting";
import { notificationRouter } from "./router/notification";
import { orgRouter } from "./router/org";
import { portalRouter } from "./router/portal";
import { preferenceRouter } from "./router/preference";
import { projectRouter } from "./router/project";
import { settingsRouter } from "./router/settings";
import { statsRouter } from "./router/stats";
import { taskRouter } from "./router/task";
import { transferRouter } from "./router/transfer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  bulletin: bulletinRouter,
  dispatch: dispatchRouter,
  home: homeRouter,
  lead: leadRouter,
  meeting: meetingRouter,
  notification: notificationRouter,
  org: orgRouter,
  project: projectRouter,
  portal: portalRouter,
  preference: preferenceRouter,
  settings: settingsRouter,
  stats: statsRouter,
  task: taskRouter,
  transfer: transferRouter,
});

export type AppRouter = typeof appRouter;
