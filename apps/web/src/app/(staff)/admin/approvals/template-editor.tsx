"use client";

import type { RouterOutputs } from "@crm/api";
import { Button, Card, CardBody, CardHeader, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Dictionary = RouterOutputs["approval"]["dictionary"];

/** Per project type, the items a project of that type usually needs: ticked from the dictionary. */
export function TemplateEditor({
  templates,
  items,
}: {
  templates: Dictionary["templates"];
  items: Dictionary["items"];
}) {
  const t = useTranslations();
  return (
    <Card>
      <CardHeader title={t("dictionary.templates")} description={t("dictionary.templatesHint")} />
      <CardBody className="grid gap-6 md:grid-cols-2">
        {templates.map((tpl) => (
          <OneTemplate key={tpl.projectType} template={tpl} items={items} />
        ))}
      </CardBody>
    </Card>
  );
}

function OneTemplate({ template, items }: { template: Dictionary["templates"][number]; items: Dictionary["items"] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(template.itemIds);
  const [version, setVersion] = useState(template.version);
  const save = useMutation(
    trpc.approval.saveTemplate.mutationOptions({ onSuccess: (r) => (setVersion(r.version), router.refresh()) }),
  );
  const changed = chosen.join() !== template.itemIds.join();
  const formError = useFormError(save.error, { shown: ["itemIds"] });
  const errorId = `template-${template.projectType}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={formError.field("itemIds") ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{t(`approvals.types.${template.projectType}`)}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
        {items.map((i) => (
          <label key={i.id} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={chosen.includes(i.id)}
              onChange={() => setChosen(chosen.includes(i.id) ? chosen.filter((x) => x !== i.id) : [...chosen, i.id])}
            />
            {i.name}
          </label>
        ))}
      </div>
      <ErrorAlert id={errorId} inline>
        {formError.field("itemIds")}
      </ErrorAlert>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button
        size="sm"
        variant="secondary"
        disabled={!changed || save.isPending}
        onClick={() => save.mutate({ projectType: template.projectType, itemIds: chosen, version })}
      >
        {t("common.save")}
      </Button>
    </fieldset>
  );
}
