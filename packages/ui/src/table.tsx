import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";

import { cn } from "./cn";

export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto">
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
    </div>
  );
}
export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cn("px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600", className)}
      {...props}
    />
  );
}
export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 whitespace-nowrap text-slate-800", className)} {...props} />;
}

/**
 * A region that scrolls sideways when its table is wider than the screen: it takes keyboard focus
 * (arrow keys scroll it) and is named for screen readers, as WCAG asks of scrollable regions.
 */
export function ScrollRegion({ label, className, ...props }: HTMLAttributes<HTMLDivElement> & { label: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "overflow-x-auto focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
        className,
      )}
      {...props}
    />
  );
}
