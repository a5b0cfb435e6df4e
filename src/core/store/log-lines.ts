// Reading a change log's lines without losing any byte silently. A crash can
// leave the last line cut short (never reported saved: dropped quietly), and a
// crash of the file system can leave runs of NULs where data was to be; those,
// and any other line that can't be read, are counted so the user is told and
// the file is kept aside before it is folded away.

export interface LogLines<T> {
  entries: T[];
  /** Bytes that could not be read: NUL runs and damaged lines (the cut-short last line not counted). */
  droppedBytes: number;
  /** Lines that held something but could not be read. */
  damagedLines: number;
  /** Whether the log ends without a newline (the next append starts on a new line). */
  torn: boolean;
}

/** Splits a log into its entries; `parse` returns null for a line of the wrong shape (or throws). */
export function readLogLines<T>(content: string, parse: (line: string) => T | null): LogLines<T> {
  const segments = content.split('\n');
  const result: LogLines<T> = {
    entries: [],
    droppedBytes: 0,
    damagedLines: 0,
    torn: !content.endsWith('\n') && content.length > 0,
  };
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const clean = segment.replace(/\0/g, '');
    const nuls = segment.length - clean.length;
    if (!clean.trim()) {
      result.droppedBytes += nuls;
      if (nuls) result.damagedLines++;
      continue;
    }
    let entry: T | null;
    try {
      entry = parse(clean);
    } catch {
      entry = null;
    }
    if (entry !== null) {
      result.entries.push(entry);
      result.droppedBytes += nuls;
      continue;
    }
    // A last line cut short by a crash was never reported saved; anything else is damage to mention.
    if (last && !nuls) continue;
    result.damagedLines++;
    result.droppedBytes += Buffer.byteLength(segment);
  }
  return result;
}
