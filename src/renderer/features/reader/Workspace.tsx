import { useCallback, useEffect, useMemo, useRef, type ReactElement } from 'react';
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
import { compareStore, focusDifference, setDiffView } from '../../stores/compare-store';
import { openDialog } from '../../stores/dialogs-store';
import { CompareBar } from '../compare/CompareBar';
import { DifferencesPanel } from '../compare/DifferencesPanel';
import { clearDifference, showCounterpart, showDifference } from '../compare/jump';
import { useComparison } from '../compare/use-comparison';
import { useCounterparts } from '../compare/use-counterparts';
import { WordDiffView } from '../compare/WordDiffView';
import { ReaderPane } from './ReaderPane';
import { scrollToBlockIndex, topBlock } from './scroll-position';

interface Props {
  left: string;
  right: string | null;
  at: number | null;
  len: number | null;
  /** Side by side: the pane `at` is in (a search result opened while comparing). */
  atPane: 0 | 1;
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
export function Workspace({ left, right, at, len, atPane, link }: Props): ReactElement {
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

  const pair = useComparison(left, right, leftDoc, rightDoc, pins);
  const { alignment, sides, comparison } = pair;
  const diffView = compareStore.use((s) => s.diffView && !!s.byPair[`${left}|${right}`]?.comparison);
  const panel = compareStore.use((s) => s.panel);

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
  useCounterparts(scrollers, diffView ? null : sides);
  // Jumps move both panes on purpose: neither follows the other for a moment.
  const onMatchJump = (side: 0 | 1, block: number) => {
    const target = sides?.[side].matches.get(block)?.to[0];
    const other = scrollers.current[1 - side];
    if (target === undefined || !other) return;
    followingUntil.current = [performance.now() + 400, performance.now() + 400];
    showCounterpart(other, target);
  };
  const onDifference = (index: number) => {
    const difference = comparison?.differences[index];
    if (!difference) return;
    followingUntil.current = [performance.now() + 400, performance.now() + 400];
    focusDifference(index);
    showDifference(scrollers.current, difference);
  };
  useEffect(() => {
    // A new pair starts without a focused difference, and in the panes.
    focusDifference(null);
    setDiffView(false);
    return clearDifference;
  }, [left, right]);

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
          libraryToggle
        />
      </div>
    );
  }

  const sideBySide = (side: 0 | 1) => ({
    pins: pinMaps[side],
    // Pending pins are kept by the pair's canonical sides: shown on the side they were picked on.
    pendingBlock: pending && (flipped ? 1 - pending.side : pending.side) === side ? pending.block : null,
    onPin: (block: number) => void pinGesture(first, second, (flipped ? 1 - side : side) as 0 | 1, block),
    alignedWith: side === 0 ? (alignment?.leftToRight ?? null) : (alignment?.rightToLeft ?? null),
    matches: sides?.[side] ?? null,
    onSwap: () => (window.location.hash = compareHref(right, left)),
    onClose: () => (window.location.hash = openDocumentHref(side === 0 ? right : left)),
  });

  return (
    <div className="workspace compare" data-linked={linked || undefined} data-diff={diffView || undefined}>
      <div className="compare-header">
        <CompareBar
          comparison={comparison}
          loading={pair.loading}
          error={pair.error}
          onExport={() => openDialog('exportComparison', { pair: [left, right] })}
        />
        {panel === 'differences' && comparison && !diffView && (
          <DifferencesPanel
            differences={comparison.differences}
            leftTitle={leftDoc?.title ?? left}
            rightTitle={rightDoc?.title ?? right}
            onJump={onDifference}
          />
        )}
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
      </div>
      {diffView && leftDoc && rightDoc && <WordDiffView left={leftDoc} right={rightDoc} />}
      <ReaderPane
        docId={left}
        at={leftEnd?.at ?? (atPane === 0 ? at : null)}
        len={leftEnd?.len ?? (atPane === 0 ? len : null)}
        label={leftDoc?.title ?? left}
        active={activePane === 0}
        onActivate={() => setActivePane(0)}
        scrollerRef={leftRef}
        onUserScroll={() => onUserScroll(0)}
        onMatchJump={(block) => onMatchJump(0, block)}
        sideBySide={sideBySide(0)}
        libraryToggle
      />
      <ReaderPane
        docId={right}
        at={rightEnd?.at ?? (atPane === 1 ? at : null)}
        len={rightEnd?.len ?? (atPane === 1 ? len : null)}
        label={rightDoc?.title ?? right}
        active={activePane === 1}
        onActivate={() => setActivePane(1)}
        scrollerRef={rightRef}
        onUserScroll={() => onUserScroll(1)}
        onMatchJump={(block) => onMatchJump(1, block)}
        sideBySide={sideBySide(1)}
      />
    </div>
  );
}
