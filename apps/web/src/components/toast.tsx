"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

/**
 * Short messages after a step succeeded ("已保存"), read out politely and gone after a few seconds.
 * `toast(key)` may be called from anywhere (the query client calls it after every save); the one
 * <Toaster /> in the root layout shows them. Keys are message keys, translated when shown.
 */
interface Toast {
  id: number;
  key: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const SHOWN_MS = 4000;

export function toast(key: string) {
  const id = nextId++;
  // One message per kind at a time: a second save replaces the first rather than stacking.
  toasts = [...toasts.filter((x) => x.key !== key), { id, key }];
  emit();
  setTimeout(() => {
    toasts = toasts.filter((x) => x.id !== id);
    emit();
  }, SHOWN_MS);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const none: Toast[] = [];

export function Toaster() {
  const t = useTranslations();
  const shown = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => none,
  );
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 sm:items-end"
    >
      {shown.map((x) => (
        <p
          key={x.id}
          data-testid="toast"
          className="pointer-events-auto rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg"
        >
          {t(x.key)}
        </p>
      ))}
    </div>
  );
}
