import type { AuthedContext } from "../../context";
import { seesRealName } from "../../scope/names";
import { scopedProjectById } from "../../scope/projects";
import { recordHistory } from "../audit/history";

/** A project's 变更记录: who changed which field from what to what, autosaves folded; the code-name rule applies. */
export async function projectHistory(ctx: AuthedContext, input: { id: string }) {
  const project = await scopedProjectById(ctx.db, ctx.user, input.id);
  return recordHistory(ctx, {
    entity: "project",
    entityId: project.id,
    actions: ["project.update", "project.aftercare"],
    hidden: !seesRealName(project, ctx.user),
  });
}
