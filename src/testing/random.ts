/**
 * A seeded PRNG (mulberry32) so a simulator run with the same seed makes the same ids,
 * tokens and fault decisions: a failing test replays exactly.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return out.slice(0, length);
  }

  /** A numeric id shaped like Zoho's 19-digit record ids. */
  digits(length: number): string {
    let out = String(1 + Math.floor(this.next() * 9));
    while (out.length < length) out += String(Math.floor(this.next() * 10));
    return out;
  }
}
