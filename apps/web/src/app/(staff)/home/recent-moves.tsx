import type { Stage } from "@crm/domain";
import { Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";

interface Move {
  id: string;
  projectId: string;
  name: string;
  from: Stage | null;
  to: Stage;
  on: string;
}

export function RecentMoves({ moves }: { moves: Move[] }) {
  const t = useTranslations("home");
  const f = formatters(useLocale());
  return (
    <Card>
      <CardHeader title={t("recentMoves")} />
      <CardBody>
        {moves.length === 0 ? (
          <EmptyState title={t("noMoves")} />
        ) : (
          <ol className="space-y-3">
            {moves.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <Link
                  href={`/projects/${m.projectId}`}
                  className="min-w-0 flex-1 truncate font-medium text-slate-800 hover:text-brand-700"
                >
                  {m.name}
                </Link>
                <span className="flex items-center gap-2">
                  <StageBadge stage={m.to} />
                  <time className="text-xs text-slate-500" dateTime={m.on}>
                    {f.date(m.on)}
                  </time>
                </span>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
