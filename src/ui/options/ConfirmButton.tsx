import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** Props of {@link ConfirmButton}. */
export type ConfirmButtonProps = {
  label: string;
  /** Asked before acting: "Remove all your claims?" */
  question: string;
  onConfirm(): void;
  testId?: string;
};

/** A button for an action that cannot be undone: it asks first, inline, with "Yes" focused and "Cancel". */
export function ConfirmButton({ label, question, onConfirm, testId }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        ref={yesRef}
        class="danger"
        data-testid={testId ? `${testId}-yes` : undefined}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirmYes')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('confirmCancel')}
      </button>
    </span>
  );
}
