import { useEffect, useState, type DragEvent, type ReactElement } from 'react';
import { SearchPanel } from './features/search/SearchPanel';
import { openFind } from './stores/find-store';
import { openSearch } from './stores/search-store';
import { shellKind } from './api/client';
import { strings } from './i18n/strings';
import { LibraryPanel } from './features/library/LibraryPanel';
import { ReaderPane } from './features/reader/ReaderPane';
import { useRoute } from './routing';
import { addPaths, followLibraryEvents, libraryStore, loadLibrary } from './stores/library-store';

function numberParam(value: string | null): number | null {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function App(): ReactElement {
  const route = useRoute();
  const docId = route.name === 'open' ? route.params.get('doc') : null;
  const at = numberParam(route.params.get('at'));
  const len = numberParam(route.params.get('len'));

  useEffect(() => {
    const unsubscribe = followLibraryEvents();
    void loadLibrary();
    return unsubscribe;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 'k' || (key === 'f' && event.shiftKey)) openSearch();
      else if (key === 'f' && docId) openFind();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [docId]);

  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const bridge = window.hamish;
    if (!event.dataTransfer.files.length) return;
    if (shellKind !== 'electron' || !bridge) {
      libraryStore.set({ error: strings.dropNeedsDesktop });
      return;
    }
    void addPaths([...event.dataTransfer.files].map((file) => bridge.pathForFile(file)).filter(Boolean));
  };

  return (
    <div className="app" onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <LibraryPanel selectedId={docId} />
      <ReaderPane docId={docId} at={at} len={len} />
      <SearchPanel />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {strings.dropHint}
        </div>
      )}
    </div>
  );
}
