import { cn } from "@crm/ui";
import { useId, type ReactNode } from "react";

import type { CockpitLook } from "./types";

/** A titled box on the cockpit: a chart or table, and under it the words that say what it shows. */
export function Panel({
  title,
  look,
  summary,
  children,
  className,
}: {
  title: string;
  look: CockpitLook;
  summary?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={cn(
        "flex min-w-0 flex-col rounded-lg p-4",
        look === "screen" ? "bg-slate-800/80 ring-1 ring-slate-700" : "bg-white shadow-sm ring-1 ring-slate-200",
        className,
      )}
    >
      <h2
        id={id}
        className={cn("font-semibold", look === "screen" ? "text-lg text-slate-100" : "text-base text-slate-900")}
      >
        {title}
      </h2>
      <div className="mt-2 min-h-0 flex-1">{children}</div>
      {summary ? (
        <div className={cn("mt-2 text-xs leading-relaxed", look === "screen" ? "sr-only" : "text-slate-500")}>
          {summary}
        </div>
      ) : null}
    </section>
  );
}

/** Colours that read on both the light page and the dark screen. */
export const PALETTE = [
  "#94a3b8",
  "#60a5fa",
  "#818cf8",
  "#2563eb",
  "#0d9488",
  "#16a34a",
  "#65a30d",
  "#ca8a04",
  "#a8a29e",
  "#dc2626",
];
