/**
 * Work that finishes in any order, written in the order it was started: each piece is written as soon as it and
 * every piece before it are done, and at most `limit` pieces are in flight, so a fast producer waits for the oldest
 * piece instead of piling up work (which bounds memory whatever the input size).
 */
interface Piece<T> {
  promise: Promise<T>;
  state: 'pending' | 'done' | 'failed';
  value?: T;
}

export class InputOrder<T> {
  readonly #limit: number;
  readonly #write: (value: T) => void;
  readonly #queue: Array<Piece<T>> = [];

  constructor(limit: number, write: (value: T) => void) {
    this.#limit = Math.max(1, limit);
    this.#write = write;
  }

  /** Pieces started and not yet written. */
  get inFlight(): number {
    return this.#queue.length;
  }

  /** Add a piece; resolves once there is room for the next one. A failed piece rejects when its turn comes. */
  async add(promise: Promise<T>): Promise<void> {
    const entry: Piece<T> = { promise, state: 'pending' };
    promise.then(
      (value) => {
        entry.state = 'done';
        entry.value = value;
      },
      () => (entry.state = 'failed'),
    );
    this.#queue.push(entry);
    // a turn of the microtask queue marks pieces already done, which go out now rather than when the queue is full
    await null;
    while (this.#queue[0]?.state === 'done') this.#write(this.#queue.shift()!.value as T);
    while (this.#queue.length >= this.#limit) await this.#writeFirst();
  }

  /** Write every piece still in flight, in order. */
  async finish(): Promise<void> {
    while (this.#queue.length) await this.#writeFirst();
  }

  async #writeFirst(): Promise<void> {
    const value = await this.#queue[0].promise;
    this.#queue.shift();
    this.#write(value);
  }
}
