import { z } from 'zod';
import { settingsSchema } from '../../shared/api';
import { documentFormatSchema } from '../../shared/formats';
import {
  defaultSettings,
  HIGHLIGHT_COLORS,
  type Annotation,
  type DocumentRecord,
  type PinPair,
  type Settings,
} from '../../shared/types';
import { readingMinutes } from '../../shared/text-direction';

export const STORE_VERSION = 3;

export interface StoreData {
  version: number;
  /** True once the first-run sample articles were added; removing them later must not bring them back. */
  seeded: boolean;
  documents: DocumentRecord[];
  /** Folders the user added: watched while the app runs and reconciled at start. */
  folders: string[];
  /** Paths of documents the user removed: watching and reconciling folders leave them out. */
  excluded: string[];
  settings: Settings;
  /** Reading positions: document id → offset in its text. */
  positions: Record<string, number>;
  /** Pinned paragraph pairs per pair of documents ("leftId|rightId"). */
  pairs: Record<string, PinPair[]>;
  /** Before store version 3 annotations lived here; boot moves them to the annotation log (annotation-log.ts). */
  annotations: Annotation[];
}

export function emptyStore(): StoreData {
  return {
    version: STORE_VERSION,
    seeded: false,
    documents: [],
    folders: [],
    excluded: [],
    settings: { ...defaultSettings },
    positions: {},
    pairs: {},
    annotations: [],
  };
}

const documentRecord = z.object({
  id: z.string(),
  path: z.string(),
  format: documentFormatSchema,
  encoding: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  lang: z.enum(['ar', 'en', 'mixed']),
  dir: z.enum(['rtl', 'ltr']),
  words: z.number(),
  readingMinutes: z.number(),
  folder: z.string().optional(),
  missing: z.boolean(),
  fingerprint: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  addedAt: z.string(),
  updatedAt: z.string(),
});

const selectorsSchema = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
});

export const annotationSchema = z.object({
  id: z.string(),
  docId: z.string(),
  kind: z.enum(['highlight', 'note', 'bookmark', 'link']),
  selectors: selectorsSchema.optional(),
  target: z.object({ docId: z.string(), selectors: selectorsSchema, orphaned: z.boolean() }).optional(),
  color: z.enum(HIGHLIGHT_COLORS),
  style: z.enum(['highlight', 'underline']),
  note: z.string(),
  tags: z.array(z.string()),
  name: z.string().optional(),
  orphaned: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
});

/** The shape a current store file must have; a file that fails it is moved aside, never overwritten. */
export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  seeded: z.boolean(),
  documents: z.array(documentRecord),
  folders: z.array(z.string()),
  excluded: z.array(z.string()).default([]),
  settings: settingsSchema.default(defaultSettings),
  positions: z.record(z.string(), z.number()).default({}),
  pairs: z.record(z.string(), z.array(z.tuple([z.number().int(), z.number().int()]))).default({}),
  annotations: z.array(annotationSchema).default([]),
});

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from version N to N+1, applied in order at boot. */
export const migrations: Record<number, Migration> = {
  1: (data) => ({
    ...data,
    version: 2,
    excluded: [],
    documents: (data.documents as Record<string, unknown>[]).map((d) => ({
      ...d,
      missing: false,
      readingMinutes: readingMinutes(Number(d.words) || 0),
    })),
  }),
  // Annotations move out to their own log; HamishCore does the moving, as it must be durable there first.
  2: (data) => ({ ...data, version: 3 }),
};
