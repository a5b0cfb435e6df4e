// "Copy with citation": the selected quote, then its document's reference in the citation style
// chosen in the settings (APA by default), formatted by the app's citation library (the core's
// citeDocuments), then put on the clipboard. From the reader's context menu and its command.
import { SETTINGS } from '../../../shared/model/settings';
import { api } from '../../api/client';
import { settingsStore } from '../../stores/settings-store';
import { selectedRange } from '../annotations/selection';

/** The quote and its reference as the clipboard gets them. */
export async function citationText(docId: string, quote: string): Promise<string> {
  const style = settingsStore.get().settings.citationStyle ?? SETTINGS.citationStyle.default;
  const { text } = await api.citeDocuments({ ids: [docId], format: style, quote });
  return text;
}

export async function copyWithCitation(docId: string, quote: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(await citationText(docId, quote));
  } catch (error) {
    console.error('Copy with citation failed', error);
  }
}

/** The selection in a reader pane, as its document and the exact words of the document's text. */
export function readerSelection(getText: (docId: string) => string | undefined): { docId: string; quote: string } | null {
  const anchor = window.getSelection()?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  const pane = element?.closest<HTMLElement>('.pane[data-doc-id]');
  const body = pane?.querySelector<HTMLElement>('.article');
  const docId = pane?.dataset.docId;
  if (!docId || !body) return null;
  const range = selectedRange(body);
  const text = getText(docId);
  if (!range || text === undefined) return null;
  return { docId, quote: text.slice(range.start, range.end) };
}
