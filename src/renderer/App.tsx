import { useEffect, useState, type DragEvent, type ReactElement } from 'react';
import { shellKind } from './api/client';
import { strings } from './i18n/strings';
import { LibraryPanel } from './features/library/LibraryPanel';
import { ReaderPane } from './features/reader/ReaderPane';
import { useRoute } from './routing';
import { addPaths, followLibraryEvents, libraryStore, loadLibrary } from './stores/library-store';

export function App(): ReactElement {
  const route = useRoute();
  const docId = route.name === 'open' ? route.params.get('doc') : null;

  useEffect(() => {
    const unsubscribe = followLibraryEvents();
    void loadLibrary();
    return unsubscribe;
  }, []);

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
      <ReaderPane docId={docId} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {strings.dropHint}
        </div>
      )}
    </div>
  );
}
