// The window's size, position and maximised state, remembered per display: a laptop's screen and
// the monitor it is docked to each get the window back where it was on them. The choice of where
// to open is pure (tested without Electron); the shell feeds it the displays and saves the file.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as Electron's screen module describes it (the fields read here). */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const savedSchema = z.object({ bounds: rectSchema, maximized: z.boolean() });
export const windowStateSchema = z.object({
  /** By display key (its size and position, which survive a restart; Electron's ids may not). */
  displays: z.record(z.string(), savedSchema),
  last: z.string().optional(),
});
export type WindowState = z.infer<typeof windowStateSchema>;
export type SavedWindow = z.infer<typeof savedSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 640, height: 480 };

export function displayKey(display: DisplayInfo): string {
  const { x, y, width, height } = display.bounds;
  return `${width}x${height}@${x},${y}`;
}

/** How much of `a` lies inside `b`, in square pixels. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A default-sized window centred in a work area, shrunk to fit it. */
function centred(area: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open: the state saved for the display the window was last on, if it is still connected;
 * else the one saved for the primary display; else centred on the primary display. A saved window
 * mostly off its display's work area (the resolution changed) is centred there instead.
 */
export function windowPlacement(state: WindowState | null, displays: readonly DisplayInfo[], primary: DisplayInfo): SavedWindow {
  const byKey = new Map(displays.map((d) => [displayKey(d), d]));
  const lastDisplay = state?.last ? byKey.get(state.last) : undefined;
  const display = lastDisplay ?? primary;
  const saved = state?.displays[displayKey(display)];
  if (!saved) return { bounds: centred(primary.workArea), maximized: false };
  const bounds = {
    ...saved.bounds,
    width: Math.max(MIN_SIZE.width, Math.min(saved.bounds.width, display.workArea.width)),
    height: Math.max(MIN_SIZE.height, Math.min(saved.bounds.height, display.workArea.height)),
  };
  const visible = overlap(bounds, display.workArea) >= 0.5 * bounds.width * bounds.height;
  return { bounds: visible ? bounds : centred(display.workArea), maximized: saved.maximized };
}

/** The state after the window was on `display` with these (unmaximised) bounds. */
export function recordPlacement(state: WindowState | null, display: DisplayInfo, saved: SavedWindow): WindowState {
  const key = displayKey(display);
  return { displays: { ...state?.displays, [key]: saved }, last: key };
}

/** The saved state, or null when there is none or it can't be read (then the window opens centred). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    return windowStateSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  // Written aside and renamed, so a crash never leaves half a file.
  await writeFile(`${file}.tmp`, JSON.stringify(state, null, 2));
  await rename(`${file}.tmp`, file);
}
