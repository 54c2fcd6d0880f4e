import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props of {@link CardShell}. */
export type CardShellProps = {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  /** Focus the heading on mount (it needs tabIndex={-1}). */
  autoFocus?: boolean;
  /** Force a theme; without it the card follows prefers-color-scheme. */
  theme?: 'light' | 'dark';
  class?: string;
  /** Language of the card's text (the UI language, not the page's). */
  lang?: string;
  /** Height available to the card in px (it scrolls inside); default 480. */
  maxHeight?: number;
  children: ComponentChildren;
};

function findById(root: HTMLElement, id: string): HTMLElement | null {
  if (root.id === id) return root;
  for (const el of root.querySelectorAll<HTMLElement>('[id]')) if (el.id === id) return el;
  return null;
}

/**
 * The card's dialog frame: a non-modal labelled dialog (role="dialog", aria-modal="false") that traps
 * nothing; positioning, Escape and returning focus are the host's job. Carries the theme class and the
 * optional data-theme override.
 */
export function CardShell({
  labelledBy,
  autoFocus = false,
  theme,
  class: className,
  lang,
  maxHeight,
  children,
}: CardShellProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!autoFocus || !ref.current) return;
    findById(ref.current, labelledBy)?.focus();
  }, [autoFocus, labelledBy]);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelledBy}
      class={className ? `nkf-theme nkf-card ${className}` : 'nkf-theme nkf-card'}
      data-theme={theme}
      lang={lang}
      style={maxHeight === undefined ? undefined : { '--nkf-card-max-height': `${Math.max(0, maxHeight)}px` }}
    >
      {children}
    </div>
  );
}
