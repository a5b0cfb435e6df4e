import type { ReactElement } from 'react';
import { firstStrongDirection, revealBidiControls } from '../../shared/text-direction';
import type { Snippet } from '../../shared/types';

/**
 * A search snippet in its own direction, matches marked. Matches are whole words,
 * so marking them never splits letters that join.
 */
export function SnippetText({
  snippet,
  leading,
  trailing,
}: {
  snippet: Snippet;
  leading: boolean;
  trailing: boolean;
}): ReactElement {
  const parts: ReactElement[] = [];
  let at = 0;
  snippet.matches.forEach((m, i) => {
    if (m.start > at) parts.push(<span key={`t${i}`}>{revealBidiControls(snippet.text.slice(at, m.start))}</span>);
    parts.push(<mark key={`m${i}`}>{revealBidiControls(snippet.text.slice(m.start, m.end))}</mark>);
    at = m.end;
  });
  if (at < snippet.text.length) parts.push(<span key="end">{revealBidiControls(snippet.text.slice(at))}</span>);
  return (
    <p className="snippet" dir={firstStrongDirection(snippet.text) ?? 'auto'}>
      {leading && '… '}
      {parts}
      {trailing && ' …'}
    </p>
  );
}
