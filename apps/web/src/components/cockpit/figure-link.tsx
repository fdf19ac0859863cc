import type { Drill } from "@crm/domain";
import { cn } from "@crm/ui";
import Link from "next/link";
import type { ReactNode } from "react";

import { drillHref } from "~/lib/drill-href";

/** A number that opens the rows behind it; without a drill-down (another zone's total) plain text. */
export function FigureLink({
  drill,
  children,
  className,
  label,
}: {
  drill: Drill | null;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  if (!drill) return <span className={className}>{children}</span>;
  return (
    <Link
      href={drillHref(drill)}
      aria-label={label}
      className={cn("underline-offset-4 hover:underline focus-visible:underline", className)}
    >
      {children}
    </Link>
  );
}
