// The Electron IPC channels, named once for main and preload. A file of its own so the
// sandboxed preload bundles these two strings, not the contract's schemas.
export const INVOKE_CHANNEL = 'hamish:invoke';
export const EVENT_CHANNEL = 'hamish:event';
