/**
 * A short, stable, platform-independent hash (cyrb53: two 32-bit multiply-xor lanes, 53 bits) for ids.
 * Not cryptographic: it only has to make collisions between a few thousand ids vanishingly rare.
 */
export function shortHash(input: string, length = 10): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return base36(value).padStart(11, '0').slice(-length);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `value.toString(36)` for a whole number below 2^53, by exact integer steps (the built-in is far slower). */
export function base36(value: number): string {
  let out = '';
  let n = value;
  do {
    const digit = n % 36;
    out = DIGITS[digit] + out;
    n = (n - digit) / 36;
  } while (n > 0);
  return out;
}
