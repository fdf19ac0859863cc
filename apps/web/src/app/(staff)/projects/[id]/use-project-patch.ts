"use client";

import type { ProjectPatch } from "@crm/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { z } from "zod";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

/** Saves one change to a project with the version the page was read at; says when that copy was stale. */
export function useProjectPatch(projectId: string, version: number, onSaved: () => void) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(
    trpc.project.update.mutationOptions({
      onSuccess: () => {
        onSaved();
        router.refresh();
      },
    }),
  );
  return {
    save: (patch: z.input<typeof ProjectPatch>) => save.mutate({ id: projectId, version, patch }),
    pending: save.isPending,
    error: save.error ? errorKey(save.error) : null,
    reset: save.reset,
    reload: () => router.refresh(),
  };
}
