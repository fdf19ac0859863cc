"use client";

import type { AppRouter } from "@crm/api";
import { MutationCache, QueryClient, QueryClientProvider, type Mutation } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { z } from "zod";

import { toast } from "~/components/toast";

// zod 4 probes for eval with `Function("")` before its first object parse; under the page CSP
// (no 'unsafe-eval') that probe is a reported violation. In the browser zod runs without its JIT;
// the server keeps it (this module is also rendered there, hence the window check).
if (typeof window !== "undefined") z.config({ jitless: true });

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Steps that are not a save the person made: no "已保存" after them. */
const SILENT = new Set(["notification.markRead", "preference.set", "account.changePassword"]);

/** The procedure a tRPC mutation calls ("task.report"), from its key ([["task", "report"], …]). */
const pathOf = (m: Mutation<unknown, unknown, unknown, unknown>) => {
  const key = m.options.mutationKey?.[0];
  return Array.isArray(key) ? key.join(".") : "";
};

/** After every save, one short message: the forms need no code of their own for it. */
function toastAfterSave(
  _data: unknown,
  _vars: unknown,
  _ctx: unknown,
  m: Mutation<unknown, unknown, unknown, unknown>,
) {
  const path = pathOf(m);
  if (SILENT.has(path) || m.meta?.silent) return;
  // A mutation may name its own message (meta.toast: a message key); undoing steps say "done".
  if (typeof m.meta?.toast === "string") return toast(m.meta.toast);
  toast(/\.(remove|revoke|retire|unlink)/.test(path) ? "forms.done" : "forms.saved");
}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
    mutationCache: new MutationCache({ onSuccess: toastAfterSave }),
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
