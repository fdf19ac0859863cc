"use client";

/** Prints the page (the browser's own dialog; the page's print styles drop the buttons). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
