import type { ComponentProps, HTMLAttributes, LabelHTMLAttributes, ReactNode } from "react";

import { cn } from "./cn";

/*
 * Form controls. Each spreads its props, `ref` included, onto the native element: in React 19 a ref
 * is an ordinary prop, so react-hook-form's `register()` (which spreads one) and a callback ref reach
 * the <input>, <select> or <textarea> without forwardRef. Field supplies the label and the error's id
 * (`${id}-error`); the caller sets `aria-invalid` and `aria-describedby` on the control, and
 * `aria-invalid` turns its ring red.
 */

/** What every control shares: the ring, the focus ring, the invalid ring, the type size. */
const control =
  "block w-full rounded-md border-0 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 focus:ring-inset aria-[invalid=true]:ring-red-500 sm:text-sm";

export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn("block text-sm font-medium text-slate-700", className)} {...props} />;
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(control, "px-3 py-2 placeholder:text-slate-400", className)} {...props} />;
}

export interface SelectProps extends Omit<ComponentProps<"select">, "size"> {
  /**
   * "md" (default): a full-width form control, beside Input in a Field. "sm": a compact one as wide as
   * its options, for filter bars, toolbars and table rows.
   */
  size?: "sm" | "md";
}

/** A native <select>: the phone's own picker, keyboard and screen-reader support come with it. */
export function Select({ size = "md", className, ...props }: SelectProps) {
  return (
    <select
      className={cn(
        control,
        "disabled:cursor-not-allowed disabled:opacity-50",
        size === "sm" ? "inline-block w-auto py-1.5 pr-8 pl-2.5 text-sm" : "py-2 pr-8 pl-3",
        className,
      )}
      {...props}
    />
  );
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        control,
        "resize-y px-3 py-2 placeholder:text-slate-400 disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

/**
 * What a control inside a Field spreads when the Field shows an error: the red ring, and the error
 * read out with the control (`${id}-error`, the id Field gives it). Nothing when there is none.
 */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

/** A label, a control and its error, wired for screen readers. */
export function Field({
  id,
  label,
  error,
  children,
  hint,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <ErrorAlert id={`${id}-error`} inline>
          {error}
        </ErrorAlert>
      ) : hint ? (
        <p className="text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}

export interface ErrorAlertProps extends HTMLAttributes<HTMLElement> {
  /** A line of red text under a field (give it the id its control's `aria-describedby` names), not a box. */
  inline?: boolean;
}

/**
 * Why something failed, read out as soon as it appears (role="alert"). Renders nothing when there is
 * no message, so `<ErrorAlert>{error && message(error)}</ErrorAlert>` needs no ternary around it.
 */
export function ErrorAlert({ inline, className, children, ...props }: ErrorAlertProps) {
  if (children === null || children === undefined || children === false || children === "") return null;
  if (inline)
    return (
      <p role="alert" className={cn("text-sm text-red-600", className)} {...props}>
        {children}
      </p>
    );
  return (
    <div
      role="alert"
      className={cn("rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset", className)}
      {...props}
    >
      {children}
    </div>
  );
}

/** A message box: "error" is an ErrorAlert; "info" and "success" are polite (role="status"). */
export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  if (tone === "error") return <ErrorAlert>{children}</ErrorAlert>;
  const styles = {
    info: "bg-blue-50 text-blue-800 ring-blue-200",
    success: "bg-green-50 text-green-800 ring-green-200",
  };
  return (
    <div role="status" className={cn("rounded-md px-3 py-2 text-sm ring-1 ring-inset", styles[tone])}>
      {children}
    </div>
  );
}
