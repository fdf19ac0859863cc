import { Alert, Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { ChangePasswordForm } from "~/components/account/change-password-form";
import { SecondFactorCard } from "~/components/account/second-factor-card";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("account") };
}

export default async function AccountPage() {
  const { api } = await staffApi("session.self", { passwordChange: "allowed" });
  const [me, secondFactor] = await Promise.all([api.account.me(), api.account.secondFactor()]);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <PageHeader title={t("nav.account")} />
      {me.mustChangePassword ? (
        <Alert tone="info">{t(me.passwordExpired ? "account.passwordExpired" : "account.mustChange")}</Alert>
      ) : null}
      {/* A role that must use a second factor enrols first, before the rest of the page. */}
      {me.mustEnrolSecondFactor ? <SecondFactorCard status={secondFactor} mustEnrol /> : null}
      <Card>
        <CardHeader title={t("account.profile")} />
        <CardBody>
          <FactList>
            {[
              [t("account.username"), me.username],
              [t("account.name"), me.displayName],
              [t("account.unit"), me.unitName ?? me.enterpriseName ?? "—"],
              [t("account.role"), t(`roles.${me.role}`)],
              [t("account.mobile"), me.mobile ?? "—"],
            ].map(([k, v]) => (
              <Fact key={k} term={k}>
                {v}
              </Fact>
            ))}
          </FactList>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("account.changePassword")} description={t("account.changePasswordHint")} />
        <CardBody>
          <ChangePasswordForm version={me.version} signInPath="/sign-in" />
        </CardBody>
      </Card>
      {me.mustEnrolSecondFactor ? null : <SecondFactorCard status={secondFactor} mustEnrol={false} />}
    </div>
  );
}
