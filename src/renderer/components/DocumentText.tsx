import type { ReactElement } from 'react';
import { firstStrongDirection } from '../../shared/text-direction';
import type { Block, Direction } from '../../shared/types';
import { InlineText } from './InlineText';

export interface BlockPin {
  /** 1-based number of the pinned pair, shown on both sides. */
  number: number;
}

interface Props {
  text: string;
  blocks: Block[];
  /** Index in the document's blocks of blocks[0] (a title shown apart shifts it by one). */
  firstIndex: number;
  fallbackDir: Direction;
  /** Side-by-side only: pins by block index, and what the pin button does. */
  pins?: Map<number, BlockPin>;
  pendingBlock?: number | null;
  onPin?: (blockIndex: number) => void;
  alignedWith?: Int32Array | null;
  pinLabels?: { pin: string; unpin: string; pinned: (n: number) => string };
  /** Side by side: what each paragraph matches in the other document (the gutter's bands). */
  matches?: BlockMatches | null;
  onMatchJump?: (blockIndex: number) => void;
  matchLabels?: { band: (counterpart: number, score: number) => string; only: string };
}

/** A paragraph's counterparts in the other document, strongest first, and the paragraphs no other has. */
export interface BlockMatches {
  matches: Map<number, { to: number[]; score: number }>;
  onlyHere: Set<number>;
}

/** A band's strength from a match's score: what the gutter shows. */
function strength(score: number): 'strong' | 'medium' | 'weak' {
  return score >= 0.5 ? 'strong' : score >= 0.25 ? 'medium' : 'weak';
}

/**
 * An article's text as React elements, one per block; never HTML. Each block
 * takes the direction of its first strong character (dir="auto" semantics), so
 * Arabic and English paragraphs each read their own way.
 */
export function DocumentText({
  text,
  blocks,
  firstIndex,
  fallbackDir,
  pins,
  pendingBlock,
  onPin,
  alignedWith,
  pinLabels,
  matches,
  onMatchJump,
  matchLabels,
}: Props): ReactElement {
  return (
    <>
      {blocks.map((block, k) => {
        const index = firstIndex + k;
        const content = text.slice(block.start, block.end);
        const dir = firstStrongDirection(content) ?? fallbackDir;
        const props = { dir, 'data-start': block.start, 'data-end': block.end };
        const body = <InlineText text={content} start={block.start} marks={block.marks} />;
        let element: ReactElement;
        switch (block.type) {
          case 'heading':
            element = block.level === 1 ? <h2 {...props}>{body}</h2> : <h3 {...props}>{body}</h3>;
            break;
          case 'quote':
            element = <blockquote {...props}>{body}</blockquote>;
            break;
          case 'list-item':
            element = (
              <p {...props} className="list-item">
                {body}
              </p>
            );
            break;
          default:
            element = <p {...props}>{body}</p>;
        }
        const pin = pins?.get(index);
        const match = matches?.matches.get(index);
        const only = !match && matches?.onlyHere.has(index);
        return (
          <div
            key={block.start}
            className="block-row"
            data-block={index}
            data-aligned-with={alignedWith ? alignedWith[index] : undefined}
            data-pin={pin?.number}
            data-pending={pendingBlock === index || undefined}
            data-matched={match ? strength(match.score) : undefined}
            data-only-here={only || undefined}
          >
            {match && matchLabels && (
              <button
                type="button"
                className="match-band"
                data-strength={strength(match.score)}
                aria-label={matchLabels.band(match.to[0]!, match.score)}
                title={matchLabels.band(match.to[0]!, match.score)}
                onClick={() => onMatchJump?.(index)}
              />
            )}
            {only && matchLabels && (
              <span className="match-band" data-only role="img" aria-label={matchLabels.only} title={matchLabels.only} />
            )}
            {onPin && pinLabels && (
              <button
                type="button"
                className="pin-button"
                aria-label={pin ? `${pinLabels.pinned(pin.number)}: ${pinLabels.unpin}` : pinLabels.pin}
                aria-pressed={pin ? true : pendingBlock === index}
                onClick={() => onPin(index)}
              >
                {pin ? pin.number : ''}
              </button>
            )}
            {element}
          </div>
        );
      })}
    </>
  );
}
