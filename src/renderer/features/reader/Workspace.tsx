import { useCallback, useEffect, useMemo, useRef, type ReactElement } from 'react';
import { alignParagraphs } from '../../../shared/align';
import { endsFrom } from '../../../shared/annotation-ends';
import { canonicalPair, flipPins } from '../../../shared/pairs';
import type { Annotation, PinPair } from '../../../shared/types';
import { annotationsStore, cancelLink } from '../../stores/annotations-store';
import type { BlockPin } from '../../components/DocumentText';
import { strings } from '../../i18n/strings';
import { compareHref, openDocumentHref } from '../../routing';
import { documentsStore } from '../../stores/documents-store';
import { settingsStore } from '../../stores/settings-store';
import { loadPins, pinGesture, setActivePane, workspaceStore } from '../../stores/workspace-store';
import { ReaderPane } from './ReaderPane';
import { scrollToBlockIndex, topBlock } from './scroll-position';

interface Props {
  left: string;
  right: string | null;
  at: number | null;
  len: number | null;
  /** A cross-document link to open the pair on: each pane shows its passage. */
  link: string | null;
}

/** Where a link's passage is in one document, as the at/len a pane opens on. */
function linkEnd(link: Annotation | undefined, docId: string): { at: number; len: number } | null {
  const end = link && endsFrom(link, docId).here;
  if (!end?.selectors || end.docId !== docId) return null;
  return { at: end.selectors.position.start, len: end.selectors.position.end - end.selectors.position.start };
}

/** One or two reader panes; side by side, scrolling stays level paragraph by paragraph. */
export function Workspace({ left, right, at, len, link }: Props): ReactElement {
  const pendingLink = annotationsStore.use((s) => s.pendingLink);
  const linkRecord = annotationsStore.use((s) => (link ? s.byDoc[left]?.find((a) => a.id === link) : undefined));
  const leftEnd = linkEnd(linkRecord, left);
  const rightEnd = right ? linkEnd(linkRecord, right) : null;
  const activePane = workspaceStore.use((s) => s.activePane);
  const pending = workspaceStore.use((s) => s.pending);
  const linked = settingsStore.use((s) => s.settings.linkedScrolling);
  const leftDoc = documentsStore.use((s) => s.byId[left]?.document);
  const rightDoc = documentsStore.use((s) => (right ? s.byId[right]?.document : undefined));
  // Pins are kept once per pair of documents, whichever side each is shown on.
  const { first, second, flipped, key } = canonicalPair(left, right ?? left);
  const stored = workspaceStore.use((s) => s.pins[key]);
  const pins = useMemo<PinPair[]>(() => (flipped ? flipPins(stored ?? []) : (stored ?? [])), [stored, flipped]);

  useEffect(() => {
    if (right) void loadPins(first, second);
  }, [right, first, second]);

  const alignment = useMemo(() => {
    if (!leftDoc || !rightDoc) return null;
    const lengths = (blocks: { start: number; end: number }[]) => blocks.map((b) => b.end - b.start);
    return alignParagraphs(lengths(leftDoc.blocks), lengths(rightDoc.blocks), pins);
  }, [leftDoc, rightDoc, pins]);

  // Linked scrolling: the pane the user scrolls leads; the other follows to the aligned paragraph.
  const scrollers = useRef<(HTMLElement | null)[]>([null, null]);
  // A pane we just scrolled to follow the other ignores its own scroll events for a moment,
  // so the two never chase each other (the alignment is not one-to-one).
  const followingUntil = useRef<number[]>([0, 0]);
  const onUserScroll = (side: 0 | 1) => {
    const me = scrollers.current[side];
    const other = scrollers.current[1 - side];
    if (!me || !other) return;
    if (performance.now() < followingUntil.current[side]!) return;
    if (!linked || !alignment) return;
    const top = topBlock(me);
    if (!top) return;
    const map = side === 0 ? alignment.leftToRight : alignment.rightToLeft;
    const target = map[top.index];
    if (target === undefined) return;
    followingUntil.current[1 - side] = performance.now() + 150;
    scrollToBlockIndex(other, target, top.fraction);
  };
  const leftRef = useCallback((el: HTMLElement | null) => (scrollers.current[0] = el), []);
  const rightRef = useCallback((el: HTMLElement | null) => (scrollers.current[1] = el), []);

  const pinMaps = useMemo(() => {
    const maps: [Map<number, BlockPin>, Map<number, BlockPin>] = [new Map(), new Map()];
    pins.forEach(([l, r], i) => {
      maps[0].set(l, { number: i + 1 });
      maps[1].set(r, { number: i + 1 });
    });
    return maps;
  }, [pins]);

  if (!right) {
    return (
      <div className="workspace single">
        <ReaderPane
          docId={left}
          at={at}
          len={len}
          label={leftDoc?.title ?? strings.library}
          active
          onActivate={() => setActivePane(0)}
          scrollerRef={leftRef}
          onUserScroll={() => {}}
        />
      </div>
    );
  }

  const sideBySide = (side: 0 | 1) => ({
    pins: pinMaps[side],
    pendingBlock: pending?.side === side ? pending.block : null,
    onPin: (block: number) => void pinGesture(first, second, (flipped ? 1 - side : side) as 0 | 1, block),
    alignedWith: side === 0 ? (alignment?.leftToRight ?? null) : (alignment?.rightToLeft ?? null),
    onSwap: () => (window.location.hash = compareHref(right, left)),
    onClose: () => (window.location.hash = openDocumentHref(side === 0 ? right : left)),
  });

  return (
    <div className="workspace compare" data-linked={linked || undefined}>
      {pending && (
        <p className="pin-hint" role="status">
          {strings.t('pinPending')}
        </p>
      )}
      {pendingLink && (pendingLink.docId === left || pendingLink.docId === right) && (
        <p className="pin-hint link-hint" role="status">
          {strings.t('linkPending')}{' '}
          <button type="button" className="link-button" onClick={cancelLink}>
            {strings.t('cancel')}
          </button>
        </p>
      )}
      <ReaderPane
        docId={left}
        at={leftEnd?.at ?? at}
        len={leftEnd?.len ?? len}
        label={leftDoc?.title ?? left}
        active={activePane === 0}
        onActivate={() => setActivePane(0)}
        scrollerRef={leftRef}
        onUserScroll={() => onUserScroll(0)}
        sideBySide={sideBySide(0)}
      />
      <ReaderPane
        docId={right}
        at={rightEnd?.at ?? null}
        len={rightEnd?.len ?? null}
        label={rightDoc?.title ?? right}
        active={activePane === 1}
        onActivate={() => setActivePane(1)}
        scrollerRef={rightRef}
        onUserScroll={() => onUserScroll(1)}
        sideBySide={sideBySide(1)}
      />
    </div>
  );
}
