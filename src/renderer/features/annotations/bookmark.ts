// The bookmark toggle (button and shortcut): the paragraph at the top of the active pane.
import { documentsStore } from '../../stores/documents-store';
import { toggleBookmark } from '../../stores/annotations-store';
import { workspaceStore } from '../../stores/workspace-store';
import { topBlock } from '../reader/scroll-position';

export function toggleBookmarkInActivePane(): void {
  const panes = document.querySelectorAll<HTMLElement>('.pane');
  const pane = panes[Math.min(workspaceStore.get().activePane, panes.length - 1)];
  const docId = pane?.dataset.docId;
  const scroller = pane?.querySelector<HTMLElement>('.reader');
  const doc = docId ? documentsStore.get().byId[docId]?.document : undefined;
  if (!doc || !scroller) return;
  const block = doc.blocks[topBlock(scroller)?.index ?? 0];
  if (block) void toggleBookmark(doc.id, block, doc.text);
}
