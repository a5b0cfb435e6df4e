import { useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { HIGHLIGHT_COLORS, type Annotation, type DocumentView } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { deleteAnnotation, editAnnotation, startLink } from '../../stores/annotations-store';

/** What the popover is about, on screen: below it if it fits, else above. */
export interface PopoverAnchor {
  top: number;
  bottom: number;
  left: number;
}

interface Props {
  annotation: Annotation;
  doc: DocumentView;
  anchor: PopoverAnchor;
  canLink: boolean;
  onClose: () => void;
}

const splitTags = (text: string) =>
  text
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** One highlight, opened from the text or its margin note: read and edit its note and tags, recolour, restyle, link, remove. */
export function HighlightPopover({ annotation, doc, anchor, canLink, onClose }: Props): ReactElement {
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const below = anchor.bottom + 6;
    const top = below + box.height <= window.innerHeight - 8 ? below : Math.max(8, anchor.top - 6 - box.height);
    setPosition({ top, left: Math.max(8, Math.min(anchor.left, window.innerWidth - box.width - 8)) });
  }, [anchor]);

  // Escape or a click elsewhere closes it.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onClose();
    };
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (ref.current?.contains(target) || (target instanceof Element && target.closest('.margin-note'))) return;
      onClose();
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [onClose]);

  const passage = annotation.selectors?.position;
  // Outside the article, so it takes the interface's direction, not the document's.
  return createPortal(
    <div
      ref={ref}
      className="highlight-popover"
      role="dialog"
      aria-label={strings.t('highlightPopover')}
      dir={document.documentElement.dir || 'ltr'}
      style={position ?? { top: 0, left: 0, visibility: 'hidden' }}
    >
      {annotation.selectors && (
        <blockquote className="popover-quote" dir="auto">
          {annotation.selectors.quote.exact.slice(0, 160)}
        </blockquote>
      )}
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void editAnnotation(annotation, { note, tags: splitTags(tags) }).then((saved) => saved && onClose());
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
      <div className="popover-actions">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch small swatch-${color}${annotation.style === 'underline' ? ' swatch-underline' : ''}`}
            aria-pressed={annotation.color === color}
            aria-label={strings.t(annotation.style === 'underline' ? 'underlineIn' : 'highlightIn', {
              color: strings.t(`color_${color}`),
            })}
            onClick={() => void editAnnotation(annotation, { color })}
          />
        ))}
        <button
          type="button"
          className="secondary style-toggle"
          aria-pressed={annotation.style === 'underline'}
          aria-label={strings.t('underlineStyle')}
          title={strings.t('underlineStyle')}
          onClick={() => void editAnnotation(annotation, { style: annotation.style === 'underline' ? 'highlight' : 'underline' })}
        >
          <u>U</u>
        </button>
        {canLink && passage && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              startLink({
                docId: doc.id,
                start: passage.start,
                end: passage.end,
                quote: doc.text.slice(passage.start, passage.end),
              });
              onClose();
            }}
          >
            {strings.t('linkStart')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          onClick={() => {
            void deleteAnnotation(annotation);
            onClose();
          }}
        >
          {strings.t('remove')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
