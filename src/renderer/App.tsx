import { useEffect, type ReactElement } from 'react';
import { LibraryPanel } from './features/library/LibraryPanel';
import { ReaderPane } from './features/reader/ReaderPane';
import { useRoute } from './routing';
import { followLibraryEvents, loadLibrary } from './stores/library-store';

export function App(): ReactElement {
  const route = useRoute();
  const docId = route.name === 'open' ? route.params.get('doc') : null;

  useEffect(() => {
    const unsubscribe = followLibraryEvents();
    void loadLibrary();
    return unsubscribe;
  }, []);

  return (
    <div className="app">
      <LibraryPanel selectedId={docId} />
      <ReaderPane docId={docId} />
    </div>
  );
}
