import './compare.css';
import { useEffect, useState, type ReactElement } from 'react';
import type { SimilarDocument } from '../../../shared/comparison';
import { api } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { formatNumber, strings } from '../../i18n/strings';
import { compareHref, navigate } from '../../routing';

/** Other reports of the same story in the library, most similar first; each opens beside this one (keyed by document). */
export function SimilarPanel({ docId }: { docId: string }): ReactElement {
  const [state, setState] = useState<{ items?: SimilarDocument[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    api.similarDocuments({ id: docId, limit: 10 }).then(
      (items) => live && setState({ items }),
      (error: Error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [docId]);

  return (
    <section className="similar-panel" aria-label={strings.t('similarReports')}>
      <h2>{strings.t('similarReports')}</h2>
      {state.error ? (
        <p className="error" role="alert">
          {state.error}
        </p>
      ) : !state.items ? (
        <p className="hint">{strings.t('comparing')}</p>
      ) : !state.items.length ? (
        <p className="hint">{strings.t('noSimilar')}</p>
      ) : (
        <ol className="similar-list">
          {state.items.map((item) => (
            <li key={item.docId} className="similar-item" data-near-duplicate={item.nearDuplicate || undefined}>
              <div className="similar-title" dir="auto">
                {item.title}
              </div>
              <div className="similar-meta">
                {item.outlet && <bdi>{item.outlet}</bdi>}
                {item.date && <bdi>{formatDate(item.date)}</bdi>}
                <span>{strings.t('similarity', { percent: formatNumber(Math.round(item.score * 100)) })}</span>
                {item.nearDuplicate && <span className="badge near-duplicate">{strings.t('nearDuplicate')}</span>}
              </div>
              <button type="button" className="secondary" onClick={() => navigate(compareHref(docId, item.docId))}>
                {strings.t('compareButton')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
