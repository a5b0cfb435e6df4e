import type { ReactElement } from 'react';
import { revealBidiControls } from '../../shared/text-direction';
import type { DocumentSummary } from '../../shared/types';
import { strings } from '../i18n/strings';

interface Props {
  document: DocumentSummary;
  href: string;
  selected: boolean;
}

export function DocumentListItem({ document, href, selected }: Props): ReactElement {
  return (
    <li>
      <a className="doc-item" href={href} aria-current={selected ? 'page' : undefined} data-doc-id={document.id}>
        <span className="doc-title" dir="auto">
          {revealBidiControls(document.title)}
        </span>
        <span className="doc-meta">
          <span className="badge">{strings.language[document.lang]}</span>
          <span>{strings.words(document.words)}</span>
        </span>
      </a>
    </li>
  );
}
