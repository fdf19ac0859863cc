import { signOut } from "@crm/auth/next";
import { goesByTitle, type Role } from "@crm/domain";
import { getTranslations } from "next-intl/server";

/** Who is signed in, in which unit, and the way out. */
/** `title` (区长, 区委书记 …) says more than the role for leaders; the role label otherwise. */
export async function UserMenu({
  name,
  unit,
  role,
  title,
}: {
  name: string;
  unit: string | null;
  role: Role;
  title?: string | null;
}) {
  const t = await getTranslations();
  return (
    <div className="flex items-center gap-2 sm:gap-3">
      <div className="min-w-0 text-right leading-tight">
        <p className="text-sm font-medium text-slate-900">{name}</p>
        <p className="hidden text-xs text-slate-500 sm:block">
          {unit ? `${unit} · ` : ""}
          {goesByTitle(role) && title ? title : t(`roles.${role}`)}
        </p>
      </div>
      <form
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/sign-in" });
        }}
      >
        <button
          type="submit"
          className="rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50"
        >
          {t("common.signOut")}
        </button>
      </form>
    </div>
  );
}
