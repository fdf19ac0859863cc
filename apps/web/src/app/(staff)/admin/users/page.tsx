import { can } from "@crm/domain";
import { Card } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";

import { api } from "~/server/api";
import { requireUser } from "~/server/session";

import { UsersTable } from "./users-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("users") };
}

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user.role, "admin.users")) forbidden();
  const users = await (await api()).admin.users();
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
