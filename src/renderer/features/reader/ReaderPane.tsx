import { Fragment, useEffect, useRef, type ReactElement } from 'react';
import type { DocumentView } from '../../../shared/types';
import { DocumentText } from '../../components/DocumentText';
import { formatDate } from '../../i18n/format';
import { strings } from '../../i18n/strings';
import { revealBidiControls } from '../../../shared/text-direction';
import { openDocument, readerStore } from '../../stores/reader-store';
import { FindBar } from './FindBar';
import { domRanges, paintHighlight, scrollRangeIntoView } from './highlights';

/** Outlet, author, date, length: each isolated, so Arabic names and Latin numbers keep their order. */
function metaParts(document: DocumentView): string[] {
  return [
    document.outlet && revealBidiControls(document.outlet),
    document.author && revealBidiControls(document.author),
    document.date && formatDate(document.date),
    strings.words(document.words),
    strings.minutes(document.readingMinutes),
  ].filter((part): part is string => !!part);
}

interface Props {
  docId: string | null;
  /** A passage to scroll to and highlight (from a search result or a deep link). */
  at: number | null;
  len: number | null;
}

export function ReaderPane({ docId, at, len }: Props): ReactElement {
  const { status, document, error } = readerStore.use((s) => s);
  const body = useRef<HTMLElement>(null);

  useEffect(() => {
    if (docId) void openDocument(docId);
  }, [docId]);

  const shown = document && document.id === docId ? document : null;
  useEffect(() => {
    if (!shown || at === null || !body.current) return;
    const ranges = domRanges(body.current, [{ start: at, end: at + Math.max(1, len ?? 1) }]);
    paintHighlight('search-hit', ranges);
    if (ranges[0]) scrollRangeIntoView(ranges[0]);
    body.current.dataset.hit = String(at);
    return () => paintHighlight('search-hit', []);
  }, [shown, at, len]);

  if (!docId) return <main className="reader empty">{strings.chooseDocument}</main>;
  if (status === 'error') {
    return (
      <main className="reader">
        <p className="error" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!document || document.id !== docId) return <main className="reader empty">{strings.loadingDocument}</main>;

  // A first heading that is the title becomes the page's h1 (keeping its offsets, so find and
  // search highlights reach it), unless it holds bidi controls, which are shown visibly instead.
  const first = document.blocks[0];
  const titleBlock =
    first?.type === 'heading' &&
    document.text.slice(first.start, first.end) === document.title &&
    revealBidiControls(document.title) === document.title
      ? first
      : null;
  const blocks = titleBlock ? document.blocks.slice(1) : document.blocks;
  return (
    <main className="reader" data-doc-id={document.id} aria-labelledby="doc-title">
      <article ref={body} className="article" lang={document.lang === 'mixed' ? undefined : document.lang} dir={document.dir}>
        <header className="article-header">
          <h1 id="doc-title" dir="auto" data-start={titleBlock?.start} data-end={titleBlock?.end}>
            {titleBlock ? document.title : revealBidiControls(document.title)}
          </h1>
          <p className="article-meta">
            {metaParts(document).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <bdi>{part}</bdi>
              </Fragment>
            ))}
          </p>
          <p className="article-path">
            <bdi dir="ltr">{document.path}</bdi>
          </p>
        </header>
        <FindBar document={document} shownBlocks={titleBlock ? document.blocks : blocks} body={body} />
        <div className="article-body">
          <DocumentText text={document.text} blocks={blocks} fallbackDir={document.dir} />
        </div>
      </article>
    </main>
  );
}
