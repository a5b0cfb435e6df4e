// The library file: its shape, composed from the domain model's schemas (the
// stored format is theirs), and the migrations that bring older files up to it.
import { z } from 'zod';
import { annotationSchema } from '../../shared/model/annotation';
import { documentRecordSchema, failedFileSchema, pinPairSchema, type DocumentRecord } from '../../shared/model/document';
import { savedSearchSchema } from '../../shared/model/saved-search';
import { clampSetting, defaultSettings, settingsSchema, type RangeSettingKey } from '../../shared/model/settings';
import { readingMinutes } from '../../shared/text-direction';
import { quickCheck } from './quick-check';

// The annotation log checks its records with the same schema.
export { annotationSchema };

export const STORE_VERSION = 3;

/** A stored range setting: a value saved under older, wider bounds is brought into today's, never refused. */
const storedRange = (key: RangeSettingKey) => z.number().transform((value) => clampSetting(key, value));

/** Settings as stored: checked as saveSettings checks them, except range values are clamped (see storedRange). */
const storedSettingsSchema = settingsSchema.extend({
  fontSize: storedRange('fontSize'),
  lineHeight: storedRange('lineHeight'),
  columnWidth: storedRange('columnWidth'),
} satisfies Record<RangeSettingKey, z.ZodType>);

/** The shape a current store file must have; a file that fails it is moved aside, never overwritten. */
export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  /** True once the first-run sample articles were added; removing them later must not bring them back. */
  seeded: z.boolean(),
  documents: z.array(documentRecordSchema),
  /** Folders the user added: watched while the app runs and reconciled at start. */
  folders: z.array(z.string()),
  /** Paths of documents the user removed: watching and reconciling folders leave them out. */
  excluded: z.array(z.string()).default([]),
  /** Files that failed or were stopped (by path, size and modification time): not read again until they change. */
  failed: z.array(failedFileSchema).default([]),
  settings: storedSettingsSchema.default(defaultSettings),
  /** Reading positions: document id → offset in its text. */
  positions: z.record(z.string(), z.number()).default({}),
  /** Pinned paragraph pairs per pair of documents ("leftId|rightId"). */
  pairs: z.record(z.string(), z.array(pinPairSchema)).default({}),
  /** Searches the user named, listed in the library panel. */
  savedSearches: z.array(savedSearchSchema).default([]),
  /** Before store version 3 annotations lived here; boot moves them to the annotation log (annotation-log.ts). */
  annotations: z.array(annotationSchema).default([]),
});

/** Reads a store file's JSON as the current store, or refuses it. */
export type StoreParser = (data: unknown) => { success: true; data: StoreData } | { success: false };

/** storeSchema's parse: what the library file is read with by sessions that write it back. */
export const parseStore: StoreParser = (data) => storeSchema.safeParse(data);

/** All but the documents, and a check of the documents derived from their schema (see parseStoreForReading). */
const storeWithoutDocuments = storeSchema.omit({ documents: true });
const documentsCheck = quickCheck(storeSchema.shape.documents);

/**
 * Checks a store file for a session that writes nothing back (read-only commands): it accepts what
 * storeSchema accepts, but the documents, most of the file, get the quick check, which builds nothing
 * (15,000 records: a few milliseconds, not ~60). A record's unknown keys (a newer Hamish's) are kept,
 * not dropped: nothing is written back to the file, and every field the app reads is checked.
 * Whatever the quick check refuses gets zod's own parse, and so the same refusal.
 */
export const parseStoreForReading: StoreParser = (data) => {
  const documents = (data as { documents?: unknown } | null)?.documents;
  if (!documentsCheck || !documentsCheck(documents)) return storeSchema.safeParse(data);
  // Parsed once, and small: compiling zod's fast path for it would cost more than it saves.
  const rest = storeWithoutDocuments.safeParse(data, { jitless: true });
  return rest.success ? { success: true, data: { ...rest.data, documents: documents as DocumentRecord[] } } : rest;
};

/** The library file in memory; its version is a number, as older files are read before they migrate. */
export interface StoreData extends Omit<z.output<typeof storeSchema>, 'version'> {
  version: number;
}

export function emptyStore(): StoreData {
  return {
    version: STORE_VERSION,
    seeded: false,
    documents: [],
    folders: [],
    excluded: [],
    failed: [],
    settings: { ...defaultSettings },
    positions: {},
    pairs: {},
    savedSearches: [],
    annotations: [],
  };
}

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
