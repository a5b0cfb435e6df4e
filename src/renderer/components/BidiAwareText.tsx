import type { ReactElement } from 'react';
import { BIDI_CONTROL_NAMES } from '../../shared/text-direction';

// Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A block's text. Plain text as one text node (so Arabic joins and highlights map
 * offsets directly), unless it holds bidi control characters: then each control is
 * shown as a visible label (as VS Code does) and isolated, so it can't reorder
 * anything, not even in its own paragraph. The character stays in the DOM, keeping
 * offsets right.
 */
export function BidiAwareText({ text }: { text: string }): ReactElement | string {
  if (!CONTROLS.test(text)) return text;
  const parts: (string | ReactElement)[] = [];
  let run = '';
  for (const [i, char] of [...text].entries()) {
    if (BIDI_CONTROL_NAMES[char]) {
      if (run) parts.push(run);
      run = '';
      parts.push(
        <span
          key={i}
          className="bidi-control"
          data-label={BIDI_CONTROL_NAMES[char]}
          title={`U+${char.charCodeAt(0).toString(16).toUpperCase()}`}
        >
          {char}
        </span>,
      );
    } else {
      run += char;
    }
  }
  if (run) parts.push(run);
  return <>{parts}</>;
}
