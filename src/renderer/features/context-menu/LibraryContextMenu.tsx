// The library's context menu on a document row: open, open beside the one being read, show the file
// (desktop only: the web shell can't reach the file manager) and remove (the row's confirm flow).
import { useCallback, useState, type ReactElement, type RefObject } from 'react';
import { api, shellKind } from '../../api/client';
import { ContextMenu, type MenuPoint } from '../../components/ContextMenu';
import { strings } from '../../i18n/strings';
import { compareHref, navigate, openDocumentHref } from '../../routing';
import { askToRemove } from '../../stores/library-store';
import { libraryMenuItems, type LibraryItemId } from './menu-items';
import { useMenuTrigger } from './use-menu-trigger';

interface Props {
  /** The list whose .doc-item rows get the menu. */
  list: RefObject<HTMLElement | null>;
  openIds: string[];
}

export function LibraryContextMenu({ list, openIds }: Props): ReactElement | null {
  const [menu, setMenu] = useState<{ at: MenuPoint; id: string } | null>(null);
  const close = useCallback(() => setMenu(null), []);

  useMenuTrigger(list, 'container', (target, at) => {
    const id = target.closest<HTMLElement>('.doc-item[data-doc-id]')?.dataset.docId;
    if (!id) return false;
    setMenu({ at, id });
    return true;
  });

  if (!menu) return null;
  const { id } = menu;
  const beside = openIds.length === 1 && openIds[0] !== id ? compareHref(openIds[0]!, id) : null;
  const run = (item: LibraryItemId) => {
    switch (item) {
      case 'open':
        return navigate(openDocumentHref(id));
      case 'openBeside':
        return beside ? navigate(beside) : undefined;
      case 'reveal':
        api.revealFile({ id }).catch((error: unknown) => window.alert((error as Error).message));
        return;
      case 'remove':
        return askToRemove(id);
    }
  };
  return (
    <ContextMenu
      items={libraryMenuItems({ canOpenBeside: !!beside, canReveal: shellKind === 'electron' })}
      at={menu.at}
      label={strings.t('contextMenu_library')}
      onChoose={run}
      onClose={close}
    />
  );
}
