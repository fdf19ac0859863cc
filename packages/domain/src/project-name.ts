import type { Role } from "./org";

const BUREAU_ROLES: readonly Role[] = ["admin", "bureau_lead", "bureau_staff"];

export interface NamedProject {
  name: string;
  codeName: string | null;
  responsibleUnitId: string | null;
}

export interface Viewer {
  role: Role;
  unitId: string | null;
}

/**
 * 项目代号: while talks are confidential a project carries a code name, shown instead of its
 * real name to anyone outside the responsible unit and the bureau (DOMAIN §2).
 */
export function seesRealName(project: NamedProject, viewer: Viewer): boolean {
  if (!project.codeName) return true;
  if (BUREAU_ROLES.includes(viewer.role)) return true;
  return viewer.unitId !== null && viewer.unitId === project.responsibleUnitId;
}

export function projectDisplayName(project: NamedProject, viewer: Viewer): string {
  return seesRealName(project, viewer) ? project.name : project.codeName!;
}
