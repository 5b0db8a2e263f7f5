/** InputOrder: pieces that finish in any order are written in the order they were added, with a bounded number in flight. */
import { describe, expect, it } from 'vitest';
import { InputOrder } from '../../src/cli/input-order.js';

const after = <T>(ms: number, value: T) => new Promise<T>((ok) => setTimeout(() => ok(value), ms));

describe('InputOrder', () => {
  it('writes in the order pieces were added, whichever finishes first', async () => {
    const written: number[] = [];
    const order = new InputOrder<number>(4, (n) => written.push(n));
    // later pieces finish sooner
    for (let n = 0; n < 12; n++) await order.add(after((12 - n) * 3, n));
    await order.finish();
    expect(written).toEqual([...Array(12).keys()]);
  });

  it('never holds more than its limit: a fast producer waits for the oldest piece', async () => {
    const limit = 3;
    let inFlightMost = 0;
    let written = 0;
    const order = new InputOrder<number>(limit, () => written++);
    for (let n = 0; n < 50; n++) {
      await order.add(after(n % 5, n));
      inFlightMost = Math.max(inFlightMost, order.inFlight);
      // what add() leaves in flight is below the limit, so the next piece fits
      expect(order.inFlight).toBeLessThan(limit);
    }
    await order.finish();
    expect(written).toBe(50);
    expect(order.inFlight).toBe(0);
    expect(inFlightMost).toBeGreaterThan(0);
  });

  it('writes pieces already done at once rather than when the queue is full', async () => {
    const written: string[] = [];
    const order = new InputOrder<string>(8, (s) => written.push(s));
    await order.add(Promise.resolve('a'));
    await order.add(Promise.resolve('b'));
    expect(written).toEqual(['a', 'b']);
  });

  it('rejects when a failed piece\'s turn comes, after writing every piece before it', async () => {
    const written: number[] = [];
    const order = new InputOrder<number>(10, (n) => written.push(n));
    await order.add(after(5, 1));
    await order.add(Promise.reject(new Error('worker stopped')));
    await order.add(after(1, 3));
    await expect(order.finish()).rejects.toThrow('worker stopped');
    expect(written).toEqual([1]);
  });
});
