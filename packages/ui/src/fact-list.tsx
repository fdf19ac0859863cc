import type { HTMLAttributes, ReactNode } from "react";

import { cn } from "./cn";

const columns = {
  1: "",
  2: "sm:grid-cols-2",
  3: "sm:grid-cols-2 lg:grid-cols-3",
} as const;

export interface FactListProps extends HTMLAttributes<HTMLDListElement> {
  /** Columns from the sm breakpoint up; a phone always shows one fact under another. */
  columns?: keyof typeof columns;
}

/** Facts about one record as a description list: Fact children, each a term and its value. */
export function FactList({ columns: n = 2, className, ...props }: FactListProps) {
  return <dl className={cn("grid grid-cols-1 gap-x-6 gap-y-3", columns[n], className)} {...props} />;
}

export interface FactProps {
  /** What the value is (the <dt>). */
  term: ReactNode;
  /** The value (the <dd>); long words and codes wrap instead of widening a phone's screen. */
  children: ReactNode;
  /** A control for this fact, such as an edit button, at the value's right. */
  action?: ReactNode;
  /** Spans every column: for long text. */
  wide?: boolean;
  className?: string;
}

/** One term and its value in a FactList. */
export function Fact({ term, children, action, wide, className }: FactProps) {
  return (
    <div className={cn("min-w-0", wide && "sm:col-span-full", className)}>
      <dt className="text-xs text-slate-500">{term}</dt>
      {action ? (
        <dd className="flex items-start justify-between gap-2 text-sm text-slate-900">
          <span className="min-w-0 break-words">{children}</span>
          <span className="shrink-0">{action}</span>
        </dd>
      ) : (
        <dd className="text-sm break-words text-slate-900">{children}</dd>
      )}
    </div>
  );
}
