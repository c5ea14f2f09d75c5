// The ids a file has used so far, kept compactly: a file of millions of rows is read in bounded
// memory, and a Map of the id strings was its largest cost (about 90 bytes a row).

/** Slots are grown (doubled) once they are this full. */
const MAX_LOAD = 0.75;
const TWO_21 = 2 ** 21;

/**
 * Remembers each key as a 96-bit hash (two doubles) and the line or row it was first used on,
 * about 20-40 bytes a key. Two different keys are taken for the same one only if all 96 bits
 * match: for ten million keys, a chance of about one in 10^15.
 */
export class SeenKeys {
  private slots: number;
  private hashes: Float64Array;
  private places: Uint32Array;
  private count = 0;

  constructor(initialSlots = 1 << 12) {
    this.slots = initialSlots;
    this.hashes = new Float64Array(initialSlots * 2);
    this.places = new Uint32Array(initialSlots);
  }

  /** Records `key` as used at `place`; returns where it was first used when it was seen before. */
  firstUse(key: string, place: number): number | undefined {
    const h1 = hash(key, 0x811c9dc5, 0x01000193);
    const h2 = hash(key, 0x9747b28c, 0x5bd1e995);
    const h3 = hash(key, 0x27d4eb2d, 0x165667b1);
    // Both halves are exact integers below 2^53; `hi` is never 0, which marks an empty slot.
    const hi = (h1 >>> 0) * TWO_21 + (h3 >>> 11) + 1;
    const lo = (h2 >>> 0) * TWO_21 + (h3 & 0x7ff);
    const found = this.find(hi, lo, h1 ^ h2);
    if (this.hashes[found * 2] !== 0) return this.places[found];
    this.put(found, hi, lo, place);
    if (++this.count > this.slots * MAX_LOAD) this.grow();
    return undefined;
  }

  /** The slot holding (hi, lo), or the empty slot where it belongs (linear probing). */
  private find(hi: number, lo: number, start: number): number {
    const mask = this.slots - 1;
    for (let slot = start & mask; ; slot = (slot + 1) & mask) {
      const at = this.hashes[slot * 2]!;
      if (at === 0 || (at === hi && this.hashes[slot * 2 + 1] === lo)) return slot;
    }
  }

  private put(slot: number, hi: number, lo: number, place: number): void {
    this.hashes[slot * 2] = hi;
    this.hashes[slot * 2 + 1] = lo;
    this.places[slot] = place;
  }

  private grow(): void {
    const { hashes, places, slots } = this;
    this.slots = slots * 2;
    this.hashes = new Float64Array(this.slots * 2);
    this.places = new Uint32Array(this.slots);
    for (let slot = 0; slot < slots; slot++) {
      const hi = hashes[slot * 2]!;
      if (hi === 0) continue;
      const lo = hashes[slot * 2 + 1]!;
      this.put(this.find(hi, lo, startOf(hi, lo)), hi, lo, places[slot]!);
    }
  }
}

/** The probe start from the stored halves: h1 ^ h2, recovered from the high bits of each. */
function startOf(hi: number, lo: number): number {
  return Math.floor((hi - 1) / TWO_21) ^ Math.floor(lo / TWO_21);
}

/** A 32-bit multiplicative hash of the string's UTF-16 code units, with a final avalanche. */
function hash(text: string, seed: number, multiplier: number): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), multiplier);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
