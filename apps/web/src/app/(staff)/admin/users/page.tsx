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

export default async function UsersPage() {
  const { user, api } = await staffApi("admin.users");
  const securityPolicy = can(user.role, "security.policy");
  const [users, sessionPolicy, passwordPolicy, secondFactorPolicy, units] = await Promise.all([
    api.admin.users(),
    api.admin.sessionPolicy(),
    api.admin.passwordPolicy(),
    securityPolicy ? api.admin.secondFactorPolicy() : null,
    api.admin.staffUnits(),
  ]);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.users")} description={t("admin.usersHint")} />
      <CreateAccountForm units={units} />
      <Card>
        <UsersTable
          users={users}
          selfId={user.id}
          units={units}
          canResetCredentials={can(user.role, "account.resetCredentials")}
        />
      </Card>
      <SessionPolicyForm initial={sessionPolicy} />
      <PasswordPolicyForm initial={passwordPolicy} />
      {secondFactorPolicy ? <SecondFactorPolicyForm initial={secondFactorPolicy} /> : null}
    </div>
  );
}
