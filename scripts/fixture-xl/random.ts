// A small seeded pseudo-random generator (mulberry32). The XL fixture must be
// byte-identical on every run and every machine, so nothing here touches
// Math.random or the clock; the same seed always gives the same sequence.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with the given probability. */
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    sample: (items, count) => {
      const copy = [...items];
      // Partial Fisher–Yates: only the first `count` positions are shuffled.
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i += 1) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    chance: (probability) => next() < probability,
  };
}

/** A zero-padded stable id such as `src-0042`. */
export const seqId = (prefix: string, index: number, width = 4): string =>
  `${prefix}-${String(index + 1).padStart(width, '0')}`;
