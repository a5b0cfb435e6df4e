// Exposes exactly the contract as window.hamish: no raw ipcRenderer, no process.
// Built as one CommonJS file, as sandboxed preloads require.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ApiEvent, ApiEvents, HamishBridge } from '../shared/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/ipc-channels';

const bridge: HamishBridge = {
  invoke: (method, args) => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) {
    const handler = (_e: IpcRendererEvent, name: string, payload: ApiEvents[E]) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('hamish', bridge);
