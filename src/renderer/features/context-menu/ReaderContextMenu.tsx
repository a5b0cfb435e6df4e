// The reader's context menu on a selection: copy, copy with source or citation, highlight, note, search the
// library. Highlight and note go through the selection toolbar's own store calls and editor.
import { useCallback, useState, type ReactElement, type RefObject } from 'react';
import type { DocumentView } from '../../../shared/types';
import { ContextMenu, type MenuPoint } from '../../components/ContextMenu';
import { strings } from '../../i18n/strings';
import { addHighlight } from '../../stores/annotations-store';
import { openSearch, setSearchQuery } from '../../stores/search-store';
import { openNoteEditor } from '../annotations/AnnotationLayer';
import { selectedRange } from '../annotations/selection';
import { copyWithCitation } from './copy-citation';
import { quoteWithSource, readerMenuItems, type ReaderItemId } from './menu-items';
import { useMenuTrigger } from './use-menu-trigger';

interface Props {
  doc: DocumentView;
  body: RefObject<HTMLElement | null>;
  /** The pane's name, as the annotation layer knows it. */
  pane: string;
}

type Passage = { start: number; end: number; rect: { top: number; bottom: number; left: number } };

function copy(text: string): void {
  navigator.clipboard.writeText(text).catch((error: unknown) => console.error('Copy failed', error));
}

export function ReaderContextMenu({ doc, body, pane }: Props): ReactElement | null {
  const [menu, setMenu] = useState<{ at: MenuPoint; passage: Passage | null } | null>(null);
  const close = useCallback(() => setMenu(null), []);

  useMenuTrigger(body, 'document', (_target, at) => {
    const container = body.current;
    if (!container) return false;
    const range = selectedRange(container);
    const passage = range ? { start: range.start, end: range.end, rect: range.rect } : null;
    setMenu({ at, passage });
    return true;
  });

  if (!menu) return null;
  const { passage } = menu;
  const quote = passage ? doc.text.slice(passage.start, passage.end) : '';
  const run = (id: ReaderItemId) => {
    if (!passage) return;
    switch (id) {
      case 'copy':
        return copy(quote);
      case 'copyWithSource':
        return copy(quoteWithSource(quote, doc));
      case 'copyWithCitation':
        return void copyWithCitation(doc.id, quote);
      case 'highlight':
        // The toolbar's default colour, as its note form saves.
        void addHighlight(doc.id, passage.start, passage.end, 'yellow').then((saved) => {
          if (saved) window.getSelection()?.removeAllRanges();
        });
        return;
      case 'note':
        return openNoteEditor(pane, passage);
      case 'searchLibrary':
        openSearch();
        setSearchQuery(quote.replace(/\s+/g, ' ').trim());
        return;
    }
  };
  return (
    <ContextMenu
      items={readerMenuItems(!!passage)}
      at={menu.at}
      label={strings.t('contextMenu_reader')}
      onChoose={run}
      onClose={close}
    />
  );
}
