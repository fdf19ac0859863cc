import { Card, CardBody, CardHeader } from "@crm/ui";
import { useTranslations } from "next-intl";
import Link from "next/link";

import { TodoList, type TodoRow } from "~/components/todo/todo-list";

const SHOWN = 8;

/** The home's first card: what the person and their unit owe, overdue first, and a way to the whole list. */
export function TodoCard({
  items,
  counts,
  today,
}: {
  items: TodoRow[];
  counts: { all: number; owed: number; overdue: number; waiting: number };
  today: string;
}) {
  const t = useTranslations("todo");
  return (
    <Card role="region" aria-label={t("homeTitle")}>
      <CardHeader
        title={t("homeTitle")}
        description={t("homeLine", { owed: counts.owed, overdue: counts.overdue, waiting: counts.waiting })}
        action={
          counts.all > SHOWN ? (
            <Link href="/work" className="text-sm text-brand-700 hover:underline">
              {t("seeAll", { n: counts.all })}
            </Link>
          ) : undefined
        }
      />
      <CardBody>
        <TodoList items={items.slice(0, SHOWN)} today={today} />
      </CardBody>
    </Card>
  );
}
