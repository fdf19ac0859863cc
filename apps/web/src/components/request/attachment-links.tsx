import { useTranslations } from "next-intl";

/** A request's files, each a download link (the server checks the request is in the reader's scope). */
export function AttachmentLinks({ files }: { files: { id: string; fileName: string; size: number }[] }) {
  const t = useTranslations("requests");
  if (files.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("attachments")}>
      {files.map((f) => (
        <li key={f.id}>
          <a
            href={`/api/requests/attachments/${f.id}`}
            className="inline-flex items-center gap-1 rounded-md bg-slate-100 px-2 py-1 text-xs text-brand-700 underline-offset-2 hover:underline"
          >
            📎 {f.fileName} <span className="text-slate-500">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
