import { z } from 'zod';
import type { DocumentRecord } from '../../shared/types';

export const STORE_VERSION = 1;

export interface StoreData {
  version: number;
  /** True once the first-run sample articles were added; removing them later must not bring them back. */
  seeded: boolean;
  documents: DocumentRecord[];
  /** Folders the user added, watched and reconciled in later versions. */
  folders: string[];
}

export function emptyStore(): StoreData {
  return { version: STORE_VERSION, seeded: false, documents: [], folders: [] };
}

const documentRecord = z.object({
  id: z.string(),
  path: z.string(),
  format: z.enum(['txt', 'md']),
  encoding: z.string(),
  title: z.string(),
  lang: z.enum(['ar', 'en', 'mixed']),
  dir: z.enum(['rtl', 'ltr']),
  words: z.number(),
  fingerprint: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  addedAt: z.string(),
  updatedAt: z.string(),
});

/** The shape a store file must have; a file that fails it is moved aside, never overwritten. */
export const storeSchema = z.object({
  version: z.number().int().min(1),
  seeded: z.boolean(),
  documents: z.array(documentRecord),
  folders: z.array(z.string()),
});
