import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../shared/types';
import { checkFault, movedAside, SaveRetry } from './save-retry';

afterEach(() => {
  vi.useRealTimers();
});

describe('SaveRetry', () => {
  it('retries after the first delay, doubling up to 30 s, and starts over after a save', () => {
    vi.useFakeTimers();
    const retries: number[] = [];
    const statuses: SaveStatus[] = [];
    const saving = new SaveRetry(() => retries.push(Date.now()), 1000);
    saving.onStatus = (s) => statuses.push(s);
    const start = Date.now();
    for (let i = 0; i < 7; i++) {
      saving.failed('ENOSPC');
      // A second failure while a retry waits schedules nothing more.
      saving.failed('ENOSPC');
      vi.runOnlyPendingTimers();
    }
    const waits = retries.map((at, i) => at - (i ? retries[i - 1]! : start));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    // The same status is told once.
    expect(statuses).toEqual([{ unsaved: true, error: 'ENOSPC' }]);
    saving.saved();
    expect(saving.status).toEqual({ unsaved: false, error: null });
    saving.failed('EIO');
    const before = Date.now();
    vi.runOnlyPendingTimers();
    expect(retries.at(-1)! - before).toBe(1000);
    expect(statuses.map((s) => s.error)).toEqual(['ENOSPC', null, 'EIO']);
  });

  it('schedules nothing once stopped', () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    const saving = new SaveRetry(retry, 10);
    saving.failed('x');
    saving.stop();
    saving.failed('x');
    vi.runAllTimers();
    expect(retry).not.toHaveBeenCalled();
    expect(saving.status.unsaved).toBe(true);
  });

  it('does not keep the process alive while it waits', () => {
    const saving = new SaveRetry(() => {}, 60_000);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    saving.failed('x');
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    saving.stop();
    spy.mockRestore();
  });
});

describe('helpers', () => {
  it('names a file moved aside after the moment, fit for any file system', () => {
    expect(movedAside('/d/hamish.json', new Date('2026-01-31T10:20:30.123Z'))).toBe(
      '/d/hamish.json.corrupt-2026-01-31T10-20-30-123Z',
    );
  });

  it("fails a write with the fault's error", () => {
    expect(() => checkFault(() => new Error('full'))).toThrow('full');
    expect(() => checkFault(() => null)).not.toThrow();
    expect(() => checkFault(undefined)).not.toThrow();
  });
});
