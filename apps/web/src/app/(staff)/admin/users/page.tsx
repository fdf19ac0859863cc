import { Card, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { CreateAccountForm } from "./create-account-form";
import { PasswordPolicyForm } from "./password-policy-form";
import { SessionPolicyForm } from "./session-policy-form";
import { UsersTable } from "./users-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("users") };
}

export default async function UsersPage() {
  const { user, api } = await staffApi("admin.users");
  const [users, sessionPolicy, passwordPolicy, units] = await Promise.all([
    api.admin.users(),
    api.admin.sessionPolicy(),
    api.admin.passwordPolicy(),
    api.admin.staffUnits(),
  ]);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.users")} description={t("admin.usersHint")} />
      <CreateAccountForm units={units} />
      <Card>
        <UsersTable users={users} selfId={user.id} units={units} />
      </Card>
      <SessionPolicyForm initial={sessionPolicy} />
      <PasswordPolicyForm initial={passwordPolicy} />
    </div>
  );
}
