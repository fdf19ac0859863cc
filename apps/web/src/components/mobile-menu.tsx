"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

import { LanguageSwitch } from "./language-switch";
import type { NavItem } from "./nav";
import { NavLinks } from "./nav-links";

/** On a phone: one 菜单 button opens the whole navigation and the language switch; a choice or Esc closes it. */
export function MobileMenu({ items }: { items: NavItem[] }) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const pathname = usePathname();
  const panel = useId();
  // A page change closes the menu (the choice was made).
  if (open && shownFor !== null && shownFor !== pathname) setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => {
          setShownFor(pathname);
          setOpen((o) => !o);
        }}
        className="rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {open ? t("closeMenu") : t("menu")}
      </button>
      {open ? (
        <div id={panel} className="absolute inset-x-0 top-full border-b border-slate-200 bg-white px-3 py-3 shadow-lg">
          <nav aria-label={t("mainNav")}>
            <NavLinks items={items} orientation="grid" />
          </nav>
          <div className="mt-3 border-t border-slate-100 px-3 pt-3">
            <LanguageSwitch />
          </div>
        </div>
      ) : null}
    </div>
  );
}
