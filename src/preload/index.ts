// Exposes exactly the contract as window.hamish: no raw ipcRenderer, no process.
// Built as one CommonJS file, as sandboxed preloads require.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ApiEvent, ApiEvents, HamishBridge } from '../shared/api';

const bridge: HamishBridge = {
  invoke: (method, args) => ipcRenderer.invoke('hamish:invoke', method, args),
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) {
    const handler = (_e: IpcRendererEvent, name: string, payload: ApiEvents[E]) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('hamish:event', handler);
    return () => {
      ipcRenderer.removeListener('hamish:event', handler);
    };
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('hamish', bridge);
