import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Destructive actions get a red button and the `alertdialog` role. */
  danger?: boolean;
  /** May be async: the buttons are disabled until it settles; a rejection is the caller's to report. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

/** "Are you sure?" before an action that cannot be undone. Cancel has focus first: the safe choice. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      role={danger ? 'alertdialog' : 'dialog'}
      actions={
        <>
          <Button onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
