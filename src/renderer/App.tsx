import { useEffect, useState, type DragEvent, type ReactElement } from 'react';
import { onAppEvent, shellKind } from './api/client';
import { isRendererCommand, runCommand } from './commands';
import { LibraryPanel } from './features/library/LibraryPanel';
import { OpenBesideDialog } from './features/reader/OpenBesideDialog';
import { RemoveConfirm } from './features/library/RemoveConfirm';
import { SkipLinks } from './features/keyboard/SkipLinks';
import { Workspace } from './features/reader/Workspace';
import { SearchPanel } from './features/search/SearchPanel';
import { SaveStatusBanner } from './features/annotations/SaveStatusBanner';
import { ExportDialog } from './features/export/ExportDialog';
import { ExportComparisonDialog } from './features/compare/ExportComparisonDialog';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { ShortcutsSheet } from './features/settings/ShortcutsSheet';
import { strings } from './i18n/strings';
import { followValidity } from './i18n/validity';
import { useRoute } from './routing';
import { handleShortcut } from './shortcuts';
import { addPaths, followLibraryEvents, libraryStore, loadLibrary } from './stores/library-store';
import { loadSettings, settingsStore } from './stores/settings-store';
import { followAnnotationEvents } from './stores/annotations-store';
import { workspaceStore } from './stores/workspace-store';

function numberParam(value: string | null): number | null {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function App(): ReactElement {
  const route = useRoute();
  // The whole interface re-renders in the new language when it changes.
  const language = settingsStore.use((s) => s.language);
  const left = route.name === 'open' ? route.params.get('doc') : route.name === 'compare' ? route.params.get('left') : null;
  const right = route.name === 'compare' ? route.params.get('right') : null;
  const openIds = [left, right].filter((id): id is string => !!id);
  const at = numberParam(route.params.get('at'));
  const len = numberParam(route.params.get('len'));
  // Hidden only while a document is open: otherwise the library is the way to open one.
  const libraryHidden = workspaceStore.use((s) => s.libraryHidden) && !!left;

  useEffect(() => {
    const unsubscribe = followLibraryEvents();
    const offAnnotations = followAnnotationEvents();
    // Form checks say why in the interface language, not the browser's.
    const offValidity = followValidity();
    // Deep links from outside (hamish://… in the desktop app) arrive as navigation events.
    const offNavigate = onAppEvent('navigate', ({ hash }) => (window.location.hash = hash));
    // The desktop app's menu runs the same commands as the keys.
    const offCommand = onAppEvent('command', ({ id }) => isRendererCommand(id) && runCommand(id));
    void loadSettings();
    void loadLibrary();
    return () => {
      unsubscribe();
      offAnnotations();
      offNavigate();
      offCommand();
      offValidity();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleShortcut(event, route);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [route]);

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
    <div
      key={language}
      className="app"
      data-library-hidden={libraryHidden || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <SkipLinks docs={openIds} />
      <LibraryPanel openIds={openIds} />
      <main className="workspace-host" aria-label={strings.t('readingProgress')}>
        {left ? (
          <Workspace
            left={left}
            right={right}
            at={at}
            len={len}
            atPane={route.params.get('pane') === '1' ? 1 : 0}
            link={route.params.get('link')}
          />
        ) : (
          <p className="reader empty">{strings.chooseDocument}</p>
        )}
      </main>
      <SearchPanel />
      <SettingsDialog />
      <ExportDialog />
      <ExportComparisonDialog />
      <SaveStatusBanner />
      <ShortcutsSheet />
      <OpenBesideDialog />
      <RemoveConfirm />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {strings.dropHint}
        </div>
      )}
    </div>
  );
}
