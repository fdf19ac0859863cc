import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { homeRouter } from "./router/home";
import { leadRouter } from "./router/lead";
import { orgRouter } from "./router/org";
import { portalRouter } from "./router/portal";
import { preferenceRouter } from "./router/preference";
import { projectRouter } from "./router/project";
import { statsRouter } from "./router/stats";
import { transferRouter } from "./router/transfer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  home: homeRouter,
  lead: leadRouter,
  org: orgRouter,
  project: projectRouter,
  portal: portalRouter,
  preference: preferenceRouter,
  stats: statsRouter,
  transfer: transferRouter,
});

export type AppRouter = typeof appRouter;
