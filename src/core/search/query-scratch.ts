// A query's working arrays, one entry per document, kept from one query to the next:
// allocating them anew took a megabyte a query at 50,000 documents, in buffers outside
// the heap, and that external memory made the collector run full collections in the
// middle of the query loop. Cleared when taken (a memset, a few tens of microseconds).

export class QueryScratch {
  score = new Float64Array(0);
  tf = new Float64Array(0);
  /** How many of the query's groups each document has matched so far. */
  matched = new Uint16Array(0);
  inTitle = new Uint8Array(0);
  exact = new Uint8Array(0);
  /** The documents a group touched (filled from the start; see the count returned with it). */
  touched = new Int32Array(0);
  /** A phrase's words found so far in each document. */
  present = new Uint8Array(0);

  /** The arrays for `docs` documents, zeroed (only touched is left as it was). */
  take(docs: number): this {
    if (this.score.length < docs) {
      const size = Math.max(docs, Math.ceil(this.score.length * 1.25));
      this.score = new Float64Array(size);
      this.tf = new Float64Array(size);
      this.matched = new Uint16Array(size);
      this.inTitle = new Uint8Array(size);
      this.exact = new Uint8Array(size);
      this.touched = new Int32Array(size);
      this.present = new Uint8Array(size);
      return this;
    }
    this.score.fill(0, 0, docs);
    this.tf.fill(0, 0, docs);
    this.matched.fill(0, 0, docs);
    this.inTitle.fill(0, 0, docs);
    this.exact.fill(0, 0, docs);
    return this;
  }
}
