import { Card, CardBody, CardHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { ChangePasswordForm } from "~/components/account/change-password-form";
import { portalApi } from "~/server/guard";

export default async function PortalAccountPage() {
  const { api } = await portalApi();
  const me = await api.account.me();
  const t = await getTranslations();
  return (
    <Card>
      <CardHeader title={t("account.changePassword")} description={t("account.changePasswordHint")} />
      <CardBody>
        <ChangePasswordForm version={me.version} signInPath="/sign-in" />
      </CardBody>
    </Card>
  );
}
