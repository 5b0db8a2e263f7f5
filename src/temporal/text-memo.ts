/**
 * What the parsers of one tagging run work out once for the text and share: the tense cues of a sentence, the order
 * of day and month the text's own dates show. The tagger makes a fresh memo for every text it tags and drops it with
 * the run, so nothing of one article outlives its run or reaches the next, and no text is ever compared with the last
 * one (a module cache keyed on the text compared whole articles by value at every expression).
 */
export class TextMemo {
  private readonly values = new Map<object, unknown>();

  /** The value kept under `key` (an object the caller owns, such as its pattern), made by `make` on first use. */
  remember<T>(key: object, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = make();
    this.values.set(key, value);
    return value;
  }
}
