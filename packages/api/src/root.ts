import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { homeRouter } from "./router/home";
import { orgRouter } from "./router/org";
import { portalRouter } from "./router/portal";
import { projectRouter } from "./router/project";
import { statsRouter } from "./router/stats";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  home: homeRouter,
  org: orgRouter,
  project: projectRouter,
  portal: portalRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
