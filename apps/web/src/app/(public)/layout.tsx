import type { ReactNode } from "react";

/** Pages anyone with the link may open, without an account (the investor editions): no staff chrome. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-white">{children}</div>;
}
