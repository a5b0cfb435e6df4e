// A document's indexed words, worked out where the document is parsed (a parse worker). Each
// worker numbers words in a vocabulary of its own that lasts from document to document, and
// sends with each document only the words its vocabulary did not have yet: the thread that
// builds the index looks each word of a vocabulary up once, not once per document, and never
// holds the normalised texts.
import { normalizeArabic } from '../../shared/arabic';
import { words } from '../../shared/search/tokenize';
import { TermDictionary } from './term-dictionary';

/** A document's words as the index builder takes them. */
export interface DocTerms {
  /** The words the ids number (a worker's vocabulary, shared by the documents it parsed). */
  vocabulary: readonly string[];
  /**
   * Each word of the document (title first when the text doesn't begin with it), in order. Spent by
   * the index build (buildSegment renumbers them in place and takes them, leaving an empty array).
   */
  ids: Int32Array;
  /** The title's distinct words (they rank higher). */
  titleWords: string[];
}

/** A document's words as a worker sends them: the words new to its vocabulary, then the ids. */
export interface FoundTerms {
  /** The worker started a new vocabulary with this document. */
  fresh: boolean;
  added: string[];
  ids: Int32Array;
  titleWords: string[];
}

/** A vocabulary this large starts afresh (a worker lives as long as the app). */
const MAX_VOCABULARY = 2_000_000;

/** The words indexed for a document: its text, and its title when the text doesn't begin with it. */
export function withTitle(title: string, normalizedText: string): string {
  const normalizedTitle = normalizeArabic(title).replace(/…$/, '');
  return normalizedText.startsWith(normalizedTitle) ? normalizedText : `${normalizedTitle}\n${normalizedText}`;
}

/** Finds documents' words in a parse worker, numbered in its vocabulary. */
export class TermFinder {
  #dictionary: TermDictionary;
  #sent = 0;

  constructor(
    private readonly slots?: number,
    private readonly maxVocabulary = MAX_VOCABULARY,
  ) {
    this.#dictionary = new TermDictionary(slots);
  }

  #restart = false;

  find(title: string, normalized: string): FoundTerms {
    const fresh = this.#restart || this.#dictionary.terms.length > this.maxVocabulary;
    if (fresh) {
      this.#dictionary = new TermDictionary(this.slots);
      this.#sent = 0;
      this.#restart = false;
    }
    try {
      const titleWords = [...new Set(words(title))];
      const ids = this.#dictionary.termIdsOf(withTitle(title, normalized));
      const added = this.#dictionary.terms.slice(this.#sent);
      this.#sent = this.#dictionary.terms.length;
      return { fresh, added, ids, titleWords };
    } catch (error) {
      // Words numbered but never sent: the next document starts a new vocabulary, on both sides.
      this.#restart = true;
      throw error;
    }
  }
}

/** A worker's vocabulary as the receiving side rebuilds it, from what each document added. */
export class Vocabulary {
  #terms: string[] = [];

  /** Takes a document's found terms, in the order the worker sent them. */
  receive(found: FoundTerms): DocTerms {
    // A new array: the documents already received keep the old one.
    if (found.fresh) this.#terms = [];
    for (const term of found.added) this.#terms.push(term);
    return { vocabulary: this.#terms, ids: found.ids, titleWords: found.titleWords };
  }
}

/** One document's terms on their own (a vocabulary of its own). */
export function docTerms(title: string, normalized: string): DocTerms {
  return new Vocabulary().receive(new TermFinder(1 << 10).find(title, normalized));
}
