"use client";

import type { RouterOutputs } from "@crm/api";
import { STAGES, type Stage } from "@crm/domain";
import { Select, Skeleton, cn } from "@crm/ui";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

import { formatters } from "~/components/format";
import { Modal } from "~/components/modal";
import { useTRPC } from "~/trpc/react";

import { StageMove } from "../[id]/stage-move";

type Column = RouterOutputs["project"]["board"][number];
interface Moving {
  id: string;
  name: string;
  to: Stage;
}

/**
 * 看板: a column per stage. Dragging a card to another column (or choosing the stage from the
 * card's menu, for keyboards and phones) opens the form for what that stage requires.
 */
export function BoardView({ columns, canMove }: { columns: Column[]; canMove: boolean }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const [moving, setMoving] = useState<Moving | null>(null);
  const [over, setOver] = useState<Stage | null>(null);

  return (
    <>
      <div className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-3 sm:mx-0 sm:px-0">
        {columns.map((col) => (
          <section
            key={col.stage}
            aria-label={t(`stages.${col.stage}`)}
            onDragOver={(e) => {
              if (!canMove) return;
              e.preventDefault();
              setOver(col.stage);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const card = JSON.parse(e.dataTransfer.getData("application/json") || "null") as {
                id: string;
                name: string;
                from: Stage;
              } | null;
              if (card && card.from !== col.stage) setMoving({ id: card.id, name: card.name, to: col.stage });
            }}
            className={cn(
              "flex w-64 shrink-0 snap-start flex-col rounded-lg bg-slate-100 p-2",
              over === col.stage && "ring-2 ring-brand-600",
            )}
          >
            <header className="flex items-center justify-between px-1 pb-2">
              <h2 className="text-sm font-semibold text-slate-800">{t(`stages.${col.stage}`)}</h2>
              <Link
                href={`/projects?stage=${col.stage}`}
                className="text-xs text-slate-500 tabular-nums hover:text-brand-700"
              >
                {t("projects.boardCount", { n: col.total })}
              </Link>
            </header>
            <ul className="space-y-2">
              {col.cards.map((card) => (
                <li
                  key={card.id}
                  draggable={canMove}
                  onDragStart={(e) =>
                    e.dataTransfer.setData(
                      "application/json",
                      JSON.stringify({ id: card.id, name: card.name, from: col.stage }),
                    )
                  }
                  className={cn(
                    "rounded-md bg-white p-2.5 text-sm shadow-sm ring-1 ring-slate-200",
                    canMove && "cursor-grab active:cursor-grabbing",
                  )}
                >
                  <Link href={`/projects/${card.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {card.name}
                  </Link>
                  <div className="mt-1 flex items-center justify-between text-xs text-slate-500">
                    <span>{card.zoneName}</span>
                    <span className="tabular-nums">{f.wan(card.amount)}</span>
                  </div>
                  {canMove ? (
                    <Select
                      size="sm"
                      aria-label={t("projects.moveCard", { name: card.name })}
                      value=""
                      onChange={(e) =>
                        e.target.value && setMoving({ id: card.id, name: card.name, to: e.target.value as Stage })
                      }
                      className="mt-2 w-full py-1 text-xs text-slate-600 shadow-none ring-slate-200 sm:text-xs"
                    >
                      <option value="">{t("projects.moveTo")}</option>
                      {STAGES.filter((s) => s !== col.stage).map((s) => (
                        <option key={s} value={s}>
                          {t(`stages.${s}`)}
                        </option>
                      ))}
                    </Select>
                  ) : null}
                </li>
              ))}
              {col.total > col.cards.length ? (
                <li className="px-1 text-xs text-slate-500">
                  <Link href={`/projects?stage=${col.stage}`} className="hover:text-brand-700">
                    {t("projects.boardMore", { n: col.total - col.cards.length })}
                  </Link>
                </li>
              ) : null}
            </ul>
          </section>
        ))}
      </div>
      <Modal
        open={moving !== null}
        title={moving ? t("projects.moveTitle", { name: moving.name, stage: t(`stages.${moving.to}`) }) : ""}
        onClose={() => setMoving(null)}
      >
        {moving ? <MoveForm moving={moving} onDone={() => setMoving(null)} /> : null}
      </Modal>
    </>
  );
}

/** Loads the project's current facts, then asks for what the move needs. */
function MoveForm({ moving, onDone }: { moving: Moving; onDone: () => void }) {
  const trpc = useTRPC();
  const project = useQuery(trpc.project.byId.queryOptions({ id: moving.id }));
  if (!project.data) return <Skeleton className="h-24 w-full" />;
  return <StageMove project={project.data} initialTarget={moving.to} onDone={onDone} onCancel={onDone} />;
}
