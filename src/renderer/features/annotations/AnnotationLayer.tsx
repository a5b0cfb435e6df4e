import { useEffect, useState, type ReactElement, type RefObject } from 'react';
import { HIGHLIGHT_COLORS, type DocumentView, type HighlightColor } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { addHighlight, annotationsStore, loadAnnotations } from '../../stores/annotations-store';
import { domRanges } from '../reader/highlights';
import { paintPane } from './paint';
import { selectedRange } from './selection';

interface Props {
  doc: DocumentView;
  body: RefObject<HTMLElement | null>;
  pane: string;
}

/** Paints the document's highlights, and offers a toolbar to highlight or annotate a selection. */
export function AnnotationLayer({ doc, body, pane }: Props): ReactElement | null {
  const annotations = annotationsStore.use((s) => s.byDoc[doc.id]);
  const [selection, setSelection] = useState<{ start: number; end: number; top: number; left: number } | null>(null);
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');

  useEffect(() => {
    void loadAnnotations(doc.id);
  }, [doc.id]);

  useEffect(() => {
    const container = body.current;
    if (!container || !annotations) return;
    const ranges = new Map<string, Range[]>();
    for (const a of annotations) {
      if (!a.selectors || a.orphaned || a.kind === 'bookmark') continue;
      const name = `${a.style === 'underline' ? 'ul' : 'hl'}-${a.color}`;
      ranges.set(name, [...(ranges.get(name) ?? []), ...domRanges(container, [a.selectors.position])]);
    }
    paintPane(pane, ranges);
    return () => paintPane(pane, null);
  }, [annotations, body, pane]);

  useEffect(() => {
    const container = body.current;
    if (!container) return;
    const onMouseUp = () => {
      const range = selectedRange(container);
      if (!range) return;
      // Below the selection, but always inside the window (the note form is tall).
      const top = Math.max(8, Math.min(range.rect.bottom + 6, window.innerHeight - 220));
      const left = Math.max(8, Math.min(range.rect.left, window.innerWidth - 320));
      setSelection({ start: range.start, end: range.end, top, left });
      setNoting(false);
    };
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed && !noting) setSelection(null);
    };
    container.addEventListener('mouseup', onMouseUp);
    container.addEventListener('keyup', onMouseUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      container.removeEventListener('mouseup', onMouseUp);
      container.removeEventListener('keyup', onMouseUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [body, noting]);

  if (!selection) return null;
  const save = async (color: HighlightColor) => {
    const tagList = tags
      .split(/[,،]/)
      .map((t) => t.trim())
      .filter(Boolean);
    await addHighlight(doc.id, selection.start, selection.end, color, note, tagList);
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setNoting(false);
    setNote('');
    setTags('');
  };
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={strings.t('highlightToolbar')}
      style={{ top: selection.top, left: selection.left }}
    >
      {!noting ? (
        <>
          {HIGHLIGHT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch-${color}`}
              aria-label={strings.t('highlightIn', { color: strings.t(`color_${color}`) })}
              onClick={() => void save(color)}
            />
          ))}
          <button type="button" className="secondary" onClick={() => setNoting(true)}>
            {strings.t('addNote')}
          </button>
        </>
      ) : (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save('yellow');
          }}
        >
          <textarea
            dir="auto"
            aria-label={strings.t('noteLabel')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
            rows={3}
          />
          <input
            dir="auto"
            aria-label={strings.t('tagsLabel')}
            placeholder={strings.t('tagsPlaceholder')}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
          />
          <button type="submit">{strings.t('saveNote')}</button>
        </form>
      )}
    </div>
  );
}
