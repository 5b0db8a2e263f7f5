/** A binary min-heap of small integers ordered by a numeric rank; used for a stable topological sort. */
export class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly rank: (item: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.rank(items[parent]) <= this.rank(item)) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.rank(items[right]) < this.rank(items[left]) ? right : left;
        if (this.rank(items[child]) >= this.rank(last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
