import { Card } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { UsersTable } from "./users-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("users") };
}

export default async function UsersPage() {
  const { user, api } = await staffApi("admin.users");
  const users = await api.admin.users();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("nav.users")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("admin.usersHint")}</p>
      </div>
      <Card>
        <UsersTable users={users} selfId={user.id} />
      </Card>
    </div>
  );
}
