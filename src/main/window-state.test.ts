import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp-dir';
import { displayKey, loadWindowState, recordPlacement, saveWindowState, windowPlacement, type DisplayInfo } from './window-state';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const monitor: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
};

describe('the window’s place', () => {
  it('opens centred on the primary display the first time', () => {
    expect(windowPlacement(null, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 53, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('comes back where it was, on the display it was on, per display', () => {
    let state = recordPlacement(null, laptop, { bounds: { x: 10, y: 40, width: 1000, height: 700 }, maximized: false });
    state = recordPlacement(state, monitor, { bounds: { x: 1600, y: 100, width: 1800, height: 1200 }, maximized: true });
    expect(windowPlacement(state, [laptop, monitor], laptop)).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1200 },
      maximized: true,
    });
    // Undocked: the monitor is gone, so the laptop's own place.
    expect(windowPlacement(state, [laptop], laptop)).toEqual({
      bounds: { x: 10, y: 40, width: 1000, height: 700 },
      maximized: false,
    });
    expect(Object.keys(state.displays)).toEqual([displayKey(laptop), displayKey(monitor)]);
  });

  it('is centred again when the saved place is off its display, and shrunk to fit it', () => {
    const off = recordPlacement(null, laptop, { bounds: { x: 5000, y: 5000, width: 3000, height: 2000 }, maximized: false });
    const placed = windowPlacement(off, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('is saved to a file and read back; an unreadable file is no state', async () => {
    const file = join(await tempDir(), 'window-state.json');
    expect(await loadWindowState(file)).toBeNull();
    const state = recordPlacement(null, laptop, { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: false });
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });
});
