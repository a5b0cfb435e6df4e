// Text from documents (titles, quotes, notes, snippets) goes to a terminal, where
// control characters are commands: ESC]0;… retitles the window, ESC[2J clears it,
// OSC 52 writes the clipboard. Every control character is written as a visible
// \u00XX escape instead (which is also what it means inside a JSON string, so
// --json output passes through unchanged); newlines and tabs stay.

// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]/g;

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Output for a terminal: control characters escaped, line breaks and tabs kept. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** One field of a one-line record (a title in `list`): its line breaks escaped too, so it can't forge lines. */
export function terminalField(text: string): string {
  return terminalText(text).replace(LINE_BREAKS, visible);
}
