"use client";

import { cn } from "@crm/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import type { NavItem } from "./nav";

/** The most specific item whose path the page is under is the current one (/work/board over /work). */
function activeHref(pathname: string, items: NavItem[]) {
  return items
    .filter((i) => (i.href === "/" ? pathname === "/" : pathname === i.href || pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** Vertical in the side bar on wide screens, two columns in the phone's menu. */
export function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "vertical" | "grid" }) {
  const t = useTranslations("nav");
  const current = activeHref(usePathname(), items);
  return (
    <ul className={orientation === "vertical" ? "space-y-1" : "grid grid-cols-2 gap-1"}>
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm font-medium",
                active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
