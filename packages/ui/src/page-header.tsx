import type { ReactNode } from "react";

import { cn } from "./cn";

export interface PageHeaderProps {
  /** The page's one <h1>. Keep it to the title: badges go in `badges`, so the heading's name stays the title. */
  title: ReactNode;
  /** A line under the title: what the page shows, its scope or its date. */
  description?: ReactNode;
  /** Buttons, links or filters for the whole page: beside the title, below it on a phone when they do not fit. */
  actions?: ReactNode;
  /** Status badges shown right after the title. */
  badges?: ReactNode;
  /** A link back to the list the page belongs to, above the title. */
  back?: ReactNode;
  className?: string;
}

/** The top of a page: title, badges, description and the page's actions. */
export function PageHeader({ title, description, actions, badges, back, className }: PageHeaderProps) {
  return (
    <div
      className={cn(
        "flex flex-wrap justify-between gap-x-4 gap-y-3",
        description ? "items-end" : "items-center",
        className,
      )}
    >
      <div className="min-w-0">
        {back ? <div className="mb-2 text-sm">{back}</div> : null}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="min-w-0 text-xl font-semibold break-words text-slate-900">{title}</h1>
          {badges}
        </div>
        {description ? <div className="mt-1 text-sm text-slate-500">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2 sm:gap-3">{actions}</div> : null}
    </div>
  );
}
