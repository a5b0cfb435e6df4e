import type { ReactElement } from 'react';
import { firstStrongDirection } from '../../shared/text-direction';
import type { Block, Direction } from '../../shared/types';

interface Props {
  text: string;
  blocks: Block[];
  fallbackDir: Direction;
}

/**
 * An article's text as React elements, one per block; never HTML. Each block
 * takes the direction of its first strong character (dir="auto" semantics), so
 * Arabic and English paragraphs each read their own way.
 */
export function DocumentText({ text, blocks, fallbackDir }: Props): ReactElement {
  return (
    <>
      {blocks.map((block) => {
        const content = text.slice(block.start, block.end);
        const dir = firstStrongDirection(content) ?? fallbackDir;
        const props = { key: block.start, dir, 'data-start': block.start, 'data-end': block.end };
        switch (block.type) {
          case 'heading':
            return block.level === 1 ? <h2 {...props}>{content}</h2> : <h3 {...props}>{content}</h3>;
          case 'quote':
            return <blockquote {...props}>{content}</blockquote>;
          case 'list-item':
            return (
              <p {...props} className="list-item">
                {content}
              </p>
            );
          default:
            return <p {...props}>{content}</p>;
        }
      })}
    </>
  );
}
