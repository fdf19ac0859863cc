import type { SessionUser } from "@crm/auth";
import { seesRealName } from "@crm/domain";

/**
 * Applies the code-name rule (项目代号) to a row before it leaves the server: outside the
 * responsible unit and the bureau, a confidential project shows its code name and no enterprise.
 */
export function withDisplayName<
  T extends { name: string; codeName: string | null; responsibleUnitId: string; enterpriseName: string | null },
>(
  row: T,
  user: SessionUser,
): Omit<T, "name" | "enterpriseName"> & { name: string; enterpriseName: string | null; confidential: boolean } {
  const real = seesRealName(row, { role: user.role, unitId: user.unitId });
  return {
    ...row,
    name: real ? row.name : row.codeName!,
    enterpriseName: real ? row.enterpriseName : null,
    confidential: !real,
  };
}
