// Skip links, first in Tab order and shown only when focused: to the library, to each open
// pane's text and to the active pane's notes (opening them when closed), so the reader and the
// notes are a key or two away however long the library is.
import type { ReactElement } from 'react';
import { cleanTitle } from '../../../shared/text-direction';
import { strings } from '../../i18n/strings';
import { libraryStore } from '../../stores/library-store';
import { focusRegion } from './regions';

function focusPane(index: number): void {
  const reader = document.querySelectorAll<HTMLElement>('.pane .reader')[index];
  if (reader) focusRegion(reader);
}

/** The active pane's notes panel, opened with its toolbar button first when it is closed. */
function focusNotes(): void {
  const pane = document.querySelector('.pane[data-active]') ?? document.querySelector('.pane');
  const panel = pane?.querySelector<HTMLElement>('.notes-panel');
  if (panel) return focusRegion(panel);
  pane?.querySelector<HTMLButtonElement>('button[data-toggles="notes"]')?.click();
  requestAnimationFrame(() => {
    const opened = pane?.querySelector<HTMLElement>('.notes-panel');
    if (opened) focusRegion(opened);
  });
}

export function SkipLinks({ docs }: { docs: string[] }): ReactElement {
  const documents = libraryStore.use((s) => s.documents);
  const titleOf = (id: string) => cleanTitle(documents.find((d) => d.id === id)?.title ?? '');
  const library = () => {
    const nav = document.querySelector<HTMLElement>('nav.library');
    if (nav) focusRegion(nav);
  };
  return (
    <div className="skip-links">
      <button type="button" className="skip-link" onClick={library}>
        {strings.t('skipToLibrary')}
      </button>
      {docs.map((id, i) => (
        <button key={id} type="button" className="skip-link" onClick={() => focusPane(i)}>
          {titleOf(id) ? strings.t('skipToPane', { title: titleOf(id) }) : strings.t('skipToText')}
        </button>
      ))}
      {docs.length > 0 && (
        <button type="button" className="skip-link" onClick={focusNotes}>
          {strings.t('skipToNotes')}
        </button>
      )}
    </div>
  );
}
