"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/** A modal <dialog>: focus moves in and stays, Esc closes, the page behind is inert. */
export function Modal({
  open,
  title,
  onClose,
  children,
  footer,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children?: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        // A dialog opened from this one (a confirmation) handles its own Esc: React passes the
        // event up the component tree, and this one stays open.
        if (e.target === e.currentTarget) onClose();
      }}
      aria-labelledby={titleId}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <>
          <div className="space-y-3 p-5">
            <h2 id={titleId} className="text-base font-semibold text-slate-900">
              {title}
            </h2>
            {children}
          </div>
          {footer ? <div className="flex justify-end gap-2 bg-slate-50 px-5 py-3">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
