// Binds the contract to the core over IPC: one channel for calls, one for events.
import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { ApiHandlers } from '../shared/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/ipc-channels';
import { dispatch } from '../shared/rpc';
import type { EventHub } from '../core/event-hub';
import { isAppUrl } from './security';

export function bindIpc(handlers: ApiHandlers, events: EventHub, devServerUrl: string | undefined): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    // Only our own pages may call the app (not an iframe or a page navigated elsewhere).
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(senderUrl, devServerUrl)) return { ok: false, code: 'failed', error: 'Caller is not the Hamish app' };
    return dispatch(handlers, method, args, (error) => console.error(`internal error in ${String(method)}:`, error));
  });
  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (isAppUrl(contents.getURL(), devServerUrl)) contents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
