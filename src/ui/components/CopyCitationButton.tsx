import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** Props of {@link CopyCitationButton}. */
export type CopyCitationButtonProps = {
  /** The plain-text citation to copy. */
  citation: string;
  /** Accessible name that says which estimate is copied ("Copy citation: NIS, Jan 13, 2025"). */
  label: string;
  /** Writes text to the clipboard; defaults to navigator.clipboard.writeText. */
  copyText?: (text: string) => Promise<void>;
};

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays visible. */
export const COPIED_VISIBLE_MS = 2000;

function writeToClipboard(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.clipboard)
    return Promise.reject(new Error('no clipboard'));
  return navigator.clipboard.writeText(text);
}

/** A "Copy citation" button that confirms with a visible, announced "Copied" (or "Could not copy"). */
export function CopyCitationButton({
  citation,
  label,
  copyText = writeToClipboard,
}: CopyCitationButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  async function copy() {
    let next: CopyState;
    try {
      await copyText(citation);
      next = 'copied';
    } catch {
      next = 'failed';
    }
    setState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), COPIED_VISIBLE_MS);
  }

  return (
    <span class="nkf-copy">
      <button
        type="button"
        class="nkf-button nkf-button-small"
        aria-label={label}
        onClick={() => void copy()}
      >
        {t('copyCitation')}
      </button>
      <span class="nkf-copy-status" role="status" aria-live="polite">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
