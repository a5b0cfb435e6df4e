// A reading caret, for selecting text without a mouse (F7 in a pane, as caret browsing is in
// browsers). Arrows move it by character (Ctrl: by word), Up and Down by line (Ctrl: by sentence),
// Home and End to the line's ends; with Shift they extend the selection. Once text is selected the
// selection toolbar shows, as after a mouse selection, and Enter moves into it (highlight, note,
// link, and "Link here" in the other pane); Shift+F10 opens the selection's context menu. Escape or
// F7 again leaves. The caret is drawn by the app (a collapsed selection in text that is not
// editable is invisible), and the whole mode lives here: the pane needs no wiring.

type Alter = 'move' | 'extend';
type Direction = 'left' | 'right' | 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'sentence' | 'line' | 'lineboundary';

export interface CaretStep {
  alter: Alter;
  direction: Direction;
  granularity: Granularity;
}

/** What a key does to the caret; null when it is not a caret key. Left and Right are visual (bidi-aware). */
export function caretStep(key: string, ctrl: boolean, shift: boolean): CaretStep | null {
  const alter: Alter = shift ? 'extend' : 'move';
  switch (key) {
    case 'ArrowLeft':
      return { alter, direction: 'left', granularity: ctrl ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'right', granularity: ctrl ? 'word' : 'character' };
    case 'ArrowUp':
      return { alter, direction: 'backward', granularity: ctrl ? 'sentence' : 'line' };
    case 'ArrowDown':
      return { alter, direction: 'forward', granularity: ctrl ? 'sentence' : 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Selection.modify: in every engine Hamish runs in, though not yet in TypeScript's DOM types. */
type Modifiable = Selection & { modify(alter: Alter, direction: Direction, granularity: Granularity): void };

interface CaretMode {
  scroller: HTMLElement;
  mark: HTMLElement;
  stop: () => void;
}

let active: CaretMode | null = null;

function textStart(scroller: HTMLElement): { node: Node; offset: number } | null {
  // The first text of the paragraph at the top of the pane.
  const top = scroller.scrollTop + 4;
  const blocks = [...scroller.querySelectorAll<HTMLElement>('.article-body [data-start]')];
  const block =
    blocks.find((b) => b.getBoundingClientRect().bottom - scroller.getBoundingClientRect().top + scroller.scrollTop > top) ??
    blocks[0];
  if (!block) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  return node ? { node, offset: 0 } : null;
}

/** Draws the caret where the selection's focus is. */
function drawCaret(mark: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection?.focusNode) return;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  range.collapse(true);
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  Object.assign(mark.style, { top: `${box.top}px`, left: `${box.left - 1}px`, height: `${box.height || 20}px` });
  (selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement)?.scrollIntoView?.({
    block: 'nearest',
  });
}

export function readingCaretOn(): boolean {
  return active !== null;
}

export function stopReadingCaret(): void {
  active?.stop();
}

/** Starts the caret in a pane's scroller (at the top paragraph), or stops it when it is on. */
export function toggleReadingCaret(scroller: HTMLElement | null): void {
  if (active) return stopReadingCaret();
  if (!scroller) return;
  const start = textStart(scroller);
  const selection = window.getSelection() as Modifiable | null;
  if (!start || !selection) return;
  selection.collapse(start.node, start.offset);
  scroller.focus({ preventScroll: true });
  const mark = document.body.appendChild(document.createElement('div'));
  mark.className = 'reading-caret';
  mark.setAttribute('aria-hidden', 'true');

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return stopReadingCaret();
    if (event.key === 'Enter' && !selection.isCollapsed) {
      // The toolbar is drawn over the page (a portal), not inside the pane.
      const toolbar = document.querySelector<HTMLElement>('.selection-toolbar[role="toolbar"] button');
      if (toolbar) {
        event.preventDefault();
        stopReadingCaret();
        toolbar.focus();
      }
      return;
    }
    const step = caretStep(event.key, event.ctrlKey || event.metaKey, event.shiftKey);
    if (!step || event.altKey) return;
    event.preventDefault();
    selection.modify(step.alter, step.direction, step.granularity);
    drawCaret(mark);
    // The selection toolbar follows keyboard selections as it does mouse ones (it listens for keyup in the text).
    const at = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode?.parentElement;
    if (!selection.isCollapsed) at?.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: event.key }));
  };
  const onBlur = (event: FocusEvent) => {
    if (!scroller.contains(event.relatedTarget as Node | null)) stopReadingCaret();
  };
  const onScroll = () => drawCaret(mark);
  scroller.addEventListener('keydown', onKeyDown);
  scroller.addEventListener('focusout', onBlur);
  scroller.addEventListener('scroll', onScroll);
  scroller.dataset.caret = 'on';
  active = {
    scroller,
    mark,
    stop: () => {
      scroller.removeEventListener('keydown', onKeyDown);
      scroller.removeEventListener('focusout', onBlur);
      scroller.removeEventListener('scroll', onScroll);
      delete scroller.dataset.caret;
      mark.remove();
      active = null;
    },
  };
  drawCaret(mark);
}
