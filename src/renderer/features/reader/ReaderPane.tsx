import { Fragment, useEffect, type ReactElement } from 'react';
import type { DocumentView } from '../../../shared/types';
import { DocumentText } from '../../components/DocumentText';
import { formatDate } from '../../i18n/format';
import { strings } from '../../i18n/strings';
import { revealBidiControls } from '../../../shared/text-direction';
import { openDocument, readerStore } from '../../stores/reader-store';

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

export function ReaderPane({ docId }: { docId: string | null }): ReactElement {
  const { status, document, error } = readerStore.use((s) => s);

  useEffect(() => {
    if (docId) void openDocument(docId);
  }, [docId]);

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

  // The title is shown above; a heading block that repeats it is not shown twice.
  const blocks = document.blocks.filter(
    (b, i) => !(i === 0 && b.type === 'heading' && document.text.slice(b.start, b.end) === document.title),
  );
  return (
    <main className="reader" data-doc-id={document.id} aria-labelledby="doc-title">
      <article className="article" lang={document.lang === 'mixed' ? undefined : document.lang} dir={document.dir}>
        <header className="article-header">
          <h1 id="doc-title" dir="auto">
            {revealBidiControls(document.title)}
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
        <div className="article-body">
          <DocumentText text={document.text} blocks={blocks} fallbackDir={document.dir} />
        </div>
      </article>
    </main>
  );
}
