import type { ReactNode } from "react";

/** Full-screen pages for the command room: no navigation, a dark ground. */
export default function ScreenLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-slate-950 text-slate-100">{children}</div>;
}
