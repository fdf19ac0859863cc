import Link from "next/link";

/** A row of filter chips kept in the URL; the current one is marked for screen readers too. */
export function FilterTabs({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {items.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={i.current ? "page" : undefined}
          className={`rounded-full px-3 py-1 text-sm ${i.current ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"}`}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
