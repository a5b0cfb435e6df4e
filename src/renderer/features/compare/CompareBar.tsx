import './compare.css';
import type { ReactElement } from 'react';
import type { Comparison } from '../../../shared/comparison';
import { formatNumber, strings } from '../../i18n/strings';
import { compareStore, setDiffView, togglePanel } from '../../stores/compare-store';
import { settingsStore, updateSettings } from '../../stores/settings-store';

interface Props {
  comparison: Comparison | undefined;
  loading: boolean;
  error: string | undefined;
  onExport: () => void;
}

/** Over the two panes: how they are paired (the method named), linked scrolling, differences, the word diff. */
export function CompareBar({ comparison, loading, error, onExport }: Props): ReactElement {
  const linked = settingsStore.use((s) => s.settings.linkedScrolling);
  const panel = compareStore.use((s) => s.panel);
  const diffView = compareStore.use((s) => s.diffView);
  return (
    <div className="compare-bar" role="toolbar" aria-label={strings.t('compareToolbar')}>
      <p className="compare-method" data-method={comparison?.method} role="status">
        {error ? (
          <span className="error">{error}</span>
        ) : !comparison || loading ? (
          strings.t('comparing')
        ) : comparison.method === 'content' ? (
          strings.t('pairedByContent', {
            pairs: formatNumber(comparison.pairs.length),
            onlyLeft: formatNumber(comparison.onlyLeft.length),
            onlyRight: formatNumber(comparison.onlyRight.length),
          })
        ) : (
          strings.t('alignedByLength')
        )}
      </p>
      {comparison?.nearDuplicate && <span className="badge near-duplicate">{strings.t('nearDuplicate')}</span>}
      <div className="compare-actions">
        <button
          type="button"
          className="secondary"
          aria-pressed={linked}
          title={strings.t('shortcut_link')}
          onClick={() => void updateSettings({ linkedScrolling: !linked })}
        >
          {strings.t('linkScrolling')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={panel === 'differences'}
          disabled={!comparison}
          onClick={() => togglePanel('differences')}
        >
          {strings.t('differencesCount', { count: formatNumber(comparison?.differences.length ?? 0) })}
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={diffView}
          disabled={!comparison}
          title={strings.t('wordDiffHint')}
          onClick={() => setDiffView(!diffView)}
        >
          {strings.t('wordDiff')}
        </button>
        <button type="button" className="secondary" disabled={!comparison} onClick={onExport}>
          {strings.t('exportComparison')}
        </button>
      </div>
    </div>
  );
}
