import type { ReactElement } from 'react';
import { cleanTitle, revealBidiControls } from '../../shared/text-direction';
import type { DocumentSummary } from '../../shared/types';
import { formatNumber, strings } from '../i18n/strings';
import { formatDate } from '../i18n/format';

interface Props {
  /** In a virtualised list: measures the row, placed at `top` as row `index` of `setSize`. */
  rowRef?: (element: HTMLLIElement | null) => void;
  index?: number;
  setSize?: number;
  top?: number;
  document: DocumentSummary;
  href: string;
  /** Opens this document beside the one being read. */
  besideHref?: string;
  selected: boolean;
  /** How many near-identical copies of this document the library holds (0: none). */
  copies?: number;
  onRemove: () => void;
}

export function DocumentListItem({
  rowRef,
  index,
  setSize,
  top,
  document,
  href,
  besideHref,
  selected,
  copies = 0,
  onRemove,
}: Props): ReactElement {
  const title = cleanTitle(document.title);
  return (
    <li
      className="doc-row"
      data-missing={document.missing || undefined}
      ref={rowRef}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <a className="doc-item" href={href} aria-current={selected ? 'page' : undefined} data-doc-id={document.id}>
        <span className="doc-title" dir="auto">
          {title}
        </span>
        <span className="doc-meta">
          {document.outlet && (
            <bdi className="doc-outlet" dir="auto">
              {revealBidiControls(document.outlet)}
            </bdi>
          )}
          {document.date && <span>{formatDate(document.date)}</span>}
          <span className="badge">{strings.language(document.lang)}</span>
          <span>{strings.words(document.words)}</span>
          {copies > 0 && (
            <span className="badge near-duplicate" title={strings.t('copiesTitle', { count: formatNumber(copies) })}>
              {strings.t('copiesBadge', { count: formatNumber(copies) })}
            </span>
          )}
          {document.missing && (
            <span className="badge missing" title={strings.missingTitle}>
              {strings.missing}
            </span>
          )}
        </span>
      </a>
      {besideHref && (
        <a
          className="beside-link"
          href={besideHref}
          aria-label={strings.label('openBesideLabel', { title })}
          title={strings.t('openBeside')}
        >
          ⧉
        </a>
      )}
      <button type="button" className="icon-button remove" aria-label={strings.removeLabel(title)} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
