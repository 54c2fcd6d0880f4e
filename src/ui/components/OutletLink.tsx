import type { Source } from '../../core/types';
import { safeHref } from '../format/safe-href';
import { t } from '../i18n';

/** Props of {@link OutletLink}. */
export type OutletLinkProps = {
  source: Source | undefined;
};

/**
 * Where an estimate was reported: a link to the report when its URL is http(s), opening in a new tab without
 * access to this page; the outlet name as plain text otherwise.
 */
export function OutletLink({ source }: OutletLinkProps) {
  if (!source) return <span class="nkf-muted">{t('noSource')}</span>;
  const href = safeHref(source.url);
  if (!href) return <span class="nkf-outlet">{source.outlet}</span>;
  return (
    <a class="nkf-outlet" href={href} target="_blank" rel="noopener noreferrer">
      {source.outlet}
      <span class="nkf-sr-only"> {t('opensInNewTab')}</span>
    </a>
  );
}
