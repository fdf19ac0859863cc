"use client";

import { cn } from "@crm/ui";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";

/** Tabs over panels (WAI-ARIA tabs): arrow keys, Home and End move between tabs. */
export function Tabs({ label, tabs }: { label: string; tabs: { id: string; label: string; content: ReactNode }[] }) {
  const [current, setCurrent] = useState(tabs[0]?.id);
  const base = useId();
  const move = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === "ArrowRight"
        ? (i + 1) % tabs.length
        : e.key === "ArrowLeft"
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? tabs.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setCurrent(tabs[to]!.id);
    document.getElementById(`${base}-tab-${tabs[to]!.id}`)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200 px-3 pt-3 sm:px-5">
        {tabs.map((tab, i) => {
          const on = tab.id === current;
          return (
            <button
              key={tab.id}
              id={`${base}-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={on}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={on ? 0 : -1}
              onClick={() => setCurrent(tab.id)}
              onKeyDown={(e) => move(e, i)}
              className={cn(
                "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
                on ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`${base}-panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== current}
          tabIndex={0}
          className="p-3 sm:p-5"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
