"use client";

import { Button } from "@crm/ui";
import { useTranslations } from "next-intl";

import { Modal } from "./modal";

interface Props {
  open: boolean;
  title: string;
  body?: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a consequential action; Cancel has the focus, Esc cancels. */
export function ConfirmDialog({ open, title, body, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const t = useTranslations("common");
  return (
    <Modal
      open={open}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} autoFocus>
            {t("cancel")}
          </Button>
          <Button variant={danger ? "danger" : "primary"} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {body ? <p className="text-sm text-slate-600">{body}</p> : null}
    </Modal>
  );
}
