/**
 * A binary min-heap of integers kept in a plain array (the smallest at index 0); the stable topological sort
 * (anchors.ts) takes the earliest told ready event from it.
 */
export function heapPush(heap: number[], item: number): void {
  let i = heap.push(item) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= item) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = item;
}

/** The smallest item, taken out of the heap; undefined when it is empty. */
export function heapPop(heap: number[]): number | undefined {
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= last) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
  }
  return top;
}
