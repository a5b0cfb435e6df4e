import { Fragment, useCallback, useEffect, useRef, useState, type MouseEvent, type ReactElement } from 'react';
import { cleanTitle, revealBidiControls } from '../../../shared/text-direction';
import type { Block, DocumentView } from '../../../shared/types';
import { shellKind } from '../../api/client';
import { commandById, runCommand } from '../../commands';
import { DocumentText, type BlockMatches, type BlockPin } from '../../components/DocumentText';
import { formatDate } from '../../i18n/format';
import { formatNumber, strings } from '../../i18n/strings';
import { ariaKeyShortcuts } from '../../shortcuts';
import { annotationsStore, bookmarkIn } from '../../stores/annotations-store';
import { documentsStore, loadDocument, rememberPosition } from '../../stores/documents-store';
import { openDialog } from '../../stores/dialogs-store';
import { toggleLibrary, workspaceStore } from '../../stores/workspace-store';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { MarginNotes } from '../annotations/MarginNotes';
import { marginAnnotations } from '../annotations/margin-layout';
import { NotesPanel } from '../annotations/NotesPanel';
import { LocateFile } from './LocateFile';
import { SimilarPanel } from '../compare/SimilarPanel';
import { ReaderContextMenu } from '../context-menu/ReaderContextMenu';
import { FindBar } from './FindBar';
import { paintPane } from '../annotations/paint';
import { domRanges, scrollRangeIntoView } from './highlights';
import { scrollToBlock, topBlock } from './scroll-position';

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

/**
 * Where the article was published. The desktop app asks before opening it in the browser (as it
 * does for every link); the web shell, already in a browser, asks here.
 */
function SourceLink({ url }: { url: string }): ReactElement {
  const confirmOpen = (event: MouseEvent) => {
    if (shellKind !== 'electron' && !window.confirm(`${strings.t('openSourceConfirm')}\n${url}`)) event.preventDefault();
  };
  return (
    <p className="article-source">
      {/* Isolated: the label is in the interface's language, the header in the article's direction. */}
      <bdi>{strings.t('sourceLink')}:</bdi>{' '}
      <a href={url} target="_blank" rel="noopener noreferrer" dir="ltr" onClick={confirmOpen}>
        {url.replace(/^https?:\/\/(www\.)?/, '')}
      </a>
    </p>
  );
}

export interface PaneSideBySide {
  pins: Map<number, BlockPin>;
  pendingBlock: number | null;
  onPin: (blockIndex: number) => void;
  alignedWith: Int32Array | null;
  matches: BlockMatches | null;
  onSwap: () => void;
  onClose: () => void;
}

interface Props {
  docId: string;
  /** A passage to scroll to and highlight (from a search result or a deep link). */
  at: number | null;
  len: number | null;
  label: string;
  active: boolean;
  onActivate: () => void;
  /** The pane's scrolling element, for linked scrolling. */
  scrollerRef: (element: HTMLElement | null) => void;
  onUserScroll: () => void;
  /** Side by side: bring the other pane to this paragraph's counterpart. */
  onMatchJump?: (blockIndex: number) => void;
  sideBySide?: PaneSideBySide;
  /** The first pane's toolbar holds the library's show/hide toggle. */
  libraryToggle?: boolean;
}

export function ReaderPane({
  docId,
  at,
  len,
  label,
  active,
  onActivate,
  scrollerRef,
  onUserScroll,
  onMatchJump,
  sideBySide,
  libraryToggle = false,
}: Props): ReactElement {
  const loaded = documentsStore.use((s) => s.byId[docId]);
  const body = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLElement | null>(null);
  const [progress, setProgress] = useState(0);
  const [notesOpen, setNotesOpen] = useState(false);
  const [similarOpen, setSimilarOpen] = useState(false);
  const [topIndex, setTopIndex] = useState(0);
  const document = loaded?.document?.id === docId ? loaded.document : null;
  const libraryHidden = workspaceStore.use((s) => s.libraryHidden);

  useEffect(() => {
    void loadDocument(docId);
  }, [docId]);

  const setScroller = useCallback(
    (element: HTMLElement | null) => {
      scroller.current = element;
      scrollerRef(element);
    },
    [scrollerRef],
  );

  // Opening: scroll to the passage asked for, else back to where the reader was.
  useEffect(() => {
    const container = body.current;
    if (!document || !container) return;
    if (at !== null) {
      const ranges = domRanges(container, [{ start: at, end: at + Math.max(1, len ?? 1) }]);
      // Per pane: a pair opened on a link shows the passage in both.
      const key = `${docId}:${label}:hit`;
      paintPane(key, new Map([['search-hit', ranges]]));
      if (ranges[0]) scrollRangeIntoView(ranges[0]);
      container.dataset.hit = String(at);
      return () => paintPane(key, null);
    }
    if (document.position !== undefined && scroller.current) scrollToBlock(scroller.current, document.blocks, document.position);
    container.dataset.restored = 'true';
  }, [document, at, len, docId, label]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element || !document) return;
    const max = element.scrollHeight - element.clientHeight;
    setProgress(max > 0 ? Math.min(1, element.scrollTop / max) : 1);
    const top = topBlock(element);
    const block = top && document.blocks[top.index];
    if (block) rememberPosition(document.id, block.start);
    setTopIndex(top?.index ?? 0);
    onUserScroll();
  };
  // The Bookmark button shows whether the paragraph at the top is bookmarked (pressing again removes it).
  const annotations = annotationsStore.use((s) => s.byDoc[docId]);
  const topRange = document?.blocks[topIndex];
  const bookmarked = !!topRange && !!bookmarkIn(annotations, topRange);
  const hasMarginNotes = marginAnnotations(annotations, docId).length > 0;

  let content: ReactElement;
  if (loaded?.status === 'error') {
    content = (
      <p className="error" role="alert">
        {strings.error(loaded.error ?? '')}
      </p>
    );
  } else if (!document) {
    content = <p className="hint">{strings.loadingDocument}</p>;
  } else {
    // A first heading that is the title becomes the pane's h1 (keeping its offsets, so find and
    // search highlights reach it), unless it holds bidi controls, which are shown visibly instead.
    const first = document.blocks[0];
    const titleBlock =
      first?.type === 'heading' &&
      document.text.slice(first.start, first.end) === document.title &&
      cleanTitle(document.title) === document.title
        ? first
        : null;
    const blocks: Block[] = titleBlock ? document.blocks.slice(1) : document.blocks;
    content = (
      <article
        ref={body}
        className="article"
        lang={document.lang === 'mixed' ? undefined : document.lang}
        dir={document.dir}
        data-margin-notes={hasMarginNotes || undefined}
      >
        <header className="article-header">
          <h1
            id={`doc-title-${docId}`}
            className="doc-title-heading"
            dir="auto"
            data-start={titleBlock?.start}
            data-end={titleBlock?.end}
          >
            {cleanTitle(document.title)}
          </h1>
          <p className="article-meta">
            {metaParts(document).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <bdi>{part}</bdi>
              </Fragment>
            ))}
          </p>
          {document.url && <SourceLink url={document.url} />}
          <p className="article-path">
            <bdi dir="ltr">{document.path}</bdi>
          </p>
          {document.savedCopy && <LocateFile />}
        </header>
        {active && <FindBar document={document} shownBlocks={titleBlock ? document.blocks : blocks} body={body} />}
        <AnnotationLayer doc={document} body={body} pane={`${docId}:${label}`} canLink={!!sideBySide} />
        <ReaderContextMenu doc={document} body={body} pane={`${docId}:${label}`} />
        <MarginNotes doc={document} body={body} canLink={!!sideBySide} />
        <div className="article-body">
          <DocumentText
            text={document.text}
            blocks={blocks}
            firstIndex={titleBlock ? 1 : 0}
            fallbackDir={document.dir}
            pins={sideBySide?.pins}
            pendingBlock={sideBySide?.pendingBlock}
            onPin={sideBySide?.onPin}
            alignedWith={sideBySide?.alignedWith}
            matches={sideBySide?.matches}
            onMatchJump={onMatchJump}
            matchLabels={
              sideBySide && {
                band: (n: number, score: number) =>
                  strings.t('matchBand', { n: formatNumber(n + 1), percent: formatNumber(Math.round(score * 100)) }),
                only: strings.t('onlyHere'),
              }
            }
            pinLabels={
              sideBySide && {
                pin: strings.t('pinParagraph'),
                unpin: strings.t('unpin'),
                pinned: (n: number) => strings.t('pinned', { n }),
              }
            }
          />
        </div>
      </article>
    );
  }

  return (
    <section
      className="pane"
      data-doc-id={document?.id}
      data-active={active || undefined}
      aria-label={label}
      onFocusCapture={onActivate}
      onMouseDown={onActivate}
    >
      <div className="pane-toolbar">
        {libraryToggle && (
          <button
            type="button"
            className="secondary library-toggle"
            aria-pressed={!libraryHidden}
            title={strings.t(libraryHidden ? 'showLibrary' : 'hideLibrary')}
            aria-keyshortcuts={ariaKeyShortcuts(commandById('toggleLibrary'))}
            onClick={toggleLibrary}
          >
            {strings.t('toggleLibrary')}
          </button>
        )}
        <button type="button" className="secondary" aria-pressed={similarOpen} onClick={() => setSimilarOpen((open) => !open)}>
          {strings.t('similar')}
        </button>
        <button
          type="button"
          className="secondary"
          data-toggles="notes"
          aria-pressed={notesOpen}
          onClick={() => setNotesOpen((open) => !open)}
        >
          {strings.t('notes')}
        </button>
        <button
          type="button"
          className="secondary"
          title={strings.t('shortcut_bookmark')}
          aria-pressed={bookmarked}
          aria-keyshortcuts={ariaKeyShortcuts(commandById('bookmark'))}
          onClick={() => {
            onActivate();
            runCommand('bookmark');
          }}
        >
          {strings.t('bookmark')}
        </button>
        {!sideBySide && (
          <button
            type="button"
            className="secondary"
            aria-keyshortcuts={ariaKeyShortcuts(commandById('sideBySide'))}
            onClick={() => openDialog('openBeside', { docId })}
          >
            {strings.t('openBesideTitle')}
          </button>
        )}
        {sideBySide && (
          <>
            <button type="button" className="secondary" onClick={sideBySide.onSwap}>
              {strings.t('swapPanes')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={sideBySide.onClose}
              aria-label={`${strings.t('closePane')}: ${label}`}
            >
              ×
            </button>
          </>
        )}
      </div>
      {similarOpen && <SimilarPanel key={docId} docId={docId} />}
      {notesOpen && document && (
        <NotesPanel docId={document.id} blocks={document.blocks} scroller={() => scroller.current} body={() => body.current} />
      )}
      <div
        className="progress-track"
        role="progressbar"
        aria-label={strings.t('readingProgress')}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="progress-fill" style={{ inlineSize: `${progress * 100}%` }} />
      </div>
      <div ref={setScroller} className="reader" onScroll={onScroll} tabIndex={0}>
        {content}
      </div>
    </section>
  );
}
