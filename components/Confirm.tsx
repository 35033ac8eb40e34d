import type { ReactNode } from 'react';
import { useI18n } from './I18nProvider';

/** An inline confirmation step before something that cannot be undone; focus lands on Cancel. */
export function Confirm({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="kept-confirm" role="alertdialog" aria-label={confirmLabel}>
      <p>{message}</p>
      <div className="kept-row">
        <button type="button" className="kept-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
