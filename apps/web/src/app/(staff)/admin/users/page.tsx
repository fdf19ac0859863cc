import { Card, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { SessionPolicyForm } from "./session-policy-form";
import { UsersTable } from "./users-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("users") };
}

export default async function UsersPage() {
  const { user, api } = await staffApi("admin.users");
  const [users, sessionPolicy] = await Promise.all([api.admin.users(), api.admin.sessionPolicy()]);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.users")} description={t("admin.usersHint")} />
      <Card>
        <UsersTable users={users} selfId={user.id} />
      </Card>
      <SessionPolicyForm initial={sessionPolicy} />
    </div>
  );
}
