import { useEffect, type ReactElement, type ReactNode } from 'react';
import type { WordDiffOp } from '../../../shared/comparison';
import type { DocumentView } from '../../../shared/types';
import { strings } from '../../i18n/strings';
import { compareStore, loadWordDiff, setDiffView } from '../../stores/compare-store';

interface Props {
  left: DocumentView;
  right: DocumentView;
}

/**
 * Two copies of one story as a word diff, read as the left report: what the right one cut is
 * struck through, what it added is underlined, a changed word shows both. Spelling variants and
 * punctuation are not counted (the core compares normalised words). Each line takes the direction
 * of its first strong character (`unicode-bidi: plaintext`), so Arabic and English read their own way.
 */
export function WordDiffView({ left, right }: Props): ReactElement {
  const entry = compareStore.use((s) => s.diffs[`${left.id}|${right.id}`]);
  useEffect(() => {
    void loadWordDiff(left.id, right.id);
  }, [left.id, right.id]);

  let body: ReactElement;
  if (!entry || entry.status === 'loading') body = <p className="hint">{strings.t('comparing')}</p>;
  else if (entry.status === 'error' || !entry.diff)
    body = (
      <p className="error" role="alert">
        {entry.error}
      </p>
    );
  else {
    const { ops, stats } = entry.diff;
    body = (
      <>
        <p className="diff-stats" role="status">
          {strings.t('diffStats', stats)}
        </p>
        <div className="diff-text" dir={left.dir} lang={left.lang === 'mixed' ? undefined : left.lang}>
          {diffParts(left.text, right.text, ops)}
        </div>
      </>
    );
  }

  return (
    <section className="word-diff" aria-label={strings.t('wordDiff')}>
      <header className="word-diff-header">
        <h2>
          <bdi>{left.title}</bdi> <span aria-hidden="true">↔</span> <bdi>{right.title}</bdi>
        </h2>
        <p className="diff-legend">
          <del className="diff-removed">{strings.t('diffLegendRemoved')}</del> ·{' '}
          <ins className="diff-added">{strings.t('diffLegendAdded')}</ins>
        </p>
        <button type="button" className="secondary" onClick={() => setDiffView(false)}>
          {strings.t('backToPanes')}
        </button>
      </header>
      <div className="reader diff-scroller" tabIndex={-1}>
        {body}
      </div>
    </section>
  );
}

/**
 * The left text with the diff marked. Ops cover words; what lies between them in the left text
 * (spaces, punctuation, line breaks) is kept as it is, so the text reads whole.
 */
function diffParts(leftText: string, rightText: string, ops: WordDiffOp[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  ops.forEach((op, i) => {
    if (op.left) {
      if (op.left.start > at) parts.push(leftText.slice(at, op.left.start));
      at = op.left.end;
    }
    const l = op.left ? leftText.slice(op.left.start, op.left.end) : '';
    const r = op.right ? rightText.slice(op.right.start, op.right.end) : '';
    switch (op.op) {
      case 'equal':
        parts.push(l);
        break;
      case 'removed':
        parts.push(
          <del key={i} className="diff-removed" title={strings.t('diffRemoved')}>
            {l}
          </del>,
        );
        break;
      case 'added':
        parts.push(
          ' ',
          <ins key={i} className="diff-added" title={strings.t('diffAdded')}>
            {r}
          </ins>,
        );
        break;
      default:
        parts.push(
          <span key={i} className="diff-changed">
            <del className="diff-removed" title={strings.t('diffRemoved')}>
              {l}
            </del>{' '}
            <ins className="diff-added" title={strings.t('diffAdded')}>
              {r}
            </ins>
          </span>,
        );
    }
  });
  parts.push(leftText.slice(at));
  return parts;
}
