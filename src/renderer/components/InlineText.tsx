import { Fragment, type ReactElement, type ReactNode } from 'react';
import type { InlineMark } from '../../shared/types';
import { BidiAwareText } from './BidiAwareText';
import { inlineRuns } from './inline-runs';

function wrap(mark: InlineMark, inner: ReactNode): ReactElement {
  switch (mark.kind) {
    case 'strong':
      return <strong>{inner}</strong>;
    case 'em':
      return <em>{inner}</em>;
    case 'code':
      return <code>{inner}</code>;
    case 'link':
      // Styled as a link, not followed from the article (nothing leaves the machine); its target is its title.
      return (
        <span className="md-link" title={mark.href}>
          {inner}
        </span>
      );
  }
}

/**
 * A block's text with its inline styling (Markdown emphasis, code, links): only elements around
 * runs of the text, never text added or taken away, so offsets into it stay the document's.
 */
export function InlineText({ text, start, marks }: { text: string; start: number; marks?: InlineMark[] }): ReactNode {
  const runs = inlineRuns(text, start, marks);
  if (runs.length === 1 && !runs[0]!.marks.length) return <BidiAwareText text={text} />;
  return runs.map((run, i) => (
    <Fragment key={i}>
      {run.marks.reduceRight<ReactNode>((inner, mark) => wrap(mark, inner), <BidiAwareText text={run.text} />)}
    </Fragment>
  ));
}
