import { signOut } from "@crm/auth/next";
import { getTranslations } from "next-intl/server";

/** Who is signed in, in which unit, and the way out. */
export async function UserMenu({ name, unit, role }: { name: string; unit: string | null; role: string }) {
  const t = await getTranslations();
  return (
    <div className="flex items-center gap-3">
      <div className="text-right leading-tight">
        <p className="text-sm font-medium text-slate-900">{name}</p>
        <p className="text-xs text-slate-500">
          {unit ? `${unit} · ` : ""}
          {t(`roles.${role}`)}
        </p>
      </div>
      <form
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/sign-in" });
        }}
      >
        <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50">
          {t("common.signOut")}
        </button>
      </form>
    </div>
  );
}
