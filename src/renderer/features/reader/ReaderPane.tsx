import { useEffect, type ReactElement } from 'react';
import { DocumentText } from '../../components/DocumentText';
import { strings } from '../../i18n/strings';
import { revealBidiControls } from '../../../shared/text-direction';
import { openDocument, readerStore } from '../../stores/reader-store';

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
            <bdi>{document.path}</bdi> · <bdi>{strings.words(document.words)}</bdi>
          </p>
        </header>
        <div className="article-body">
          <DocumentText text={document.text} blocks={blocks} fallbackDir={document.dir} />
        </div>
      </article>
    </main>
  );
}
