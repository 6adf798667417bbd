/**
 * A bit filter of a fixed set of keys (a Bloom filter, two bits a key): "no" is certain, "maybe" is
 * then asked of the maps. Most names a page asks about are in no table: the filter, small enough to
 * stay in the processor's cache, answers them without a read of the big maps (each a cache miss).
 */
export class KeyFilter {
  readonly #bits: Uint32Array;
  readonly #mask: number;

  /** A filter of about `bitsPerKey` bits a key (16: some 1% of absent keys pass). */
  constructor(keys: Iterable<string>, count: number, bitsPerKey = 16) {
    let size = 1 << 10;
    while (size < count * bitsPerKey) size *= 2;
    this.#bits = new Uint32Array(size >>> 5);
    this.#mask = size - 1;
    for (const k of keys) this.#add(k);
  }

  #add(key: string) {
    const h = hashKey(key);
    const a = h & this.#mask;
    const b = second(h) & this.#mask;
    this.#bits[a >>> 5] |= 1 << (a & 31);
    this.#bits[b >>> 5] |= 1 << (b & 31);
  }

  /** False when the key is certainly not one of the filter's; true when it may be. */
  mayHold(key: string): boolean {
    return this.mayHoldHash(hashKey(key));
  }

  /** mayHold of the key whose hashKey is h: one key asked of several filters is hashed once. */
  mayHoldHash(h: number): boolean {
    const a = h & this.#mask;
    if (!(this.#bits[a >>> 5] & (1 << (a & 31)))) return false;
    const b = second(h) & this.#mask;
    return (this.#bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** FNV-1a's start and step: a caller reading a key in place (topicsFor) hashes it as hashKey does. */
export const FNV_START = 0x811c9dc5 | 0;
export const fnvStep = (h: number, code: number) => Math.imul(h ^ code, 16777619);

/** FNV-1a over the UTF-16 code units: the hash every filter reads. */
export function hashKey(key: string): number {
  let h = FNV_START;
  for (let i = 0; i < key.length; i++) h = fnvStep(h, key.charCodeAt(i));
  return h >>> 0;
}

/** A second bit position from the same hash (its high bits mixed down). */
const second = (h: number) => Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 7;
