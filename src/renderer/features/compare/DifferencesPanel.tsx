import type { ReactElement } from 'react';
import type { Difference } from '../../../shared/comparison';
import { BidiAwareText } from '../../components/BidiAwareText';
import { strings } from '../../i18n/strings';
import { compareStore } from '../../stores/compare-store';

interface Props {
  differences: Difference[];
  leftTitle: string;
  rightTitle: string;
  onJump: (index: number) => void;
}

const KIND_LABEL = { number: 'diffKind_number', name: 'diffKind_name', quote: 'diffKind_quote' } as const;

/** What one report has that the other lacks, and the numbers they disagree on; each item jumps to its passage. */
export function DifferencesPanel({ differences, leftTitle, rightTitle, onJump }: Props): ReactElement {
  const focused = compareStore.use((s) => s.focused);
  if (!differences.length) {
    return (
      <section className="differences-panel" aria-label={strings.t('differences')}>
        <p className="hint">{strings.t('noDifferences')}</p>
      </section>
    );
  }
  return (
    <section className="differences-panel" aria-label={strings.t('differences')}>
      <ol className="differences-list">
        {differences.map((difference, i) => (
          <li key={i} data-kind={difference.kind} data-side={difference.side}>
            <button type="button" className="difference" aria-current={focused === i || undefined} onClick={() => onJump(i)}>
              <span className="difference-kind">{strings.t(KIND_LABEL[difference.kind])}</span>
              {difference.side === 'both' ? (
                <span className="difference-conflict">
                  <bdi className="difference-text">
                    <BidiAwareText text={difference.left?.text ?? ''} />
                  </bdi>
                  <span aria-hidden="true">≠</span>
                  <span className="visually-hidden">{strings.t('versus')}</span>
                  <bdi className="difference-text">
                    <BidiAwareText text={difference.right?.text ?? ''} />
                  </bdi>
                </span>
              ) : (
                <span className="difference-only">
                  <bdi className="difference-text">
                    <BidiAwareText text={difference.text} />
                  </bdi>
                  <span className="difference-where">
                    {strings.t('onlyIn')} <bdi>{difference.side === 'left' ? leftTitle : rightTitle}</bdi>
                  </span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
