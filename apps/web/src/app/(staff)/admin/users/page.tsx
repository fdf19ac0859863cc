import { can } from "@crm/domain";
import { Card, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { CreateAccountForm } from "./create-account-form";
import { PasswordPolicyForm } from "./password-policy-form";
import { SecondFactorPolicyForm } from "./second-factor-policy-form";
import { SessionPolicyForm } from "./session-policy-form";
import { UsersTable } from "./users-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("users") };
}

/**
 * The accounts, for the system administrator (opens and disables business accounts) and the
 * security administrator (roles, credentials, unlocking and the security policies): each sees the
 * actions their permissions hold, and the server checks the same.
 */
export default async function UsersPage() {
  const { user, api } = await staffApi("account.list");
  const has = (p: Parameters<typeof can>[1]) => can(user.role, p);
  const policies = has("security.policy");
  const [users, units, sessionPolicy, passwordPolicy, secondFactorPolicy] = await Promise.all([
    api.admin.users(),
    api.admin.staffUnits(),
    policies ? api.admin.sessionPolicy() : null,
    policies ? api.admin.passwordPolicy() : null,
    policies ? api.admin.secondFactorPolicy() : null,
  ]);
  const t = await getTranslations();
  const may = {
    place: has("account.role"),
    resetCredentials: has("account.resetCredentials"),
    disable: has("admin.users"),
    unlock: has("admin.unlock"),
  };
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.users")}
        description={t(has("admin.users") ? "admin.usersHintSystem" : "admin.usersHintSecurity")}
      />
      {has("admin.users") ? <CreateAccountForm units={units} /> : null}
      <Card>
        <UsersTable users={users} selfId={user.id} units={units} may={may} />
      </Card>
      {sessionPolicy ? <SessionPolicyForm initial={sessionPolicy} /> : null}
      {passwordPolicy ? <PasswordPolicyForm initial={passwordPolicy} /> : null}
      {secondFactorPolicy ? <SecondFactorPolicyForm initial={secondFactorPolicy} /> : null}
    </div>
  );
}
