/**
 * Text similarity of short Chinese texts (a plan's items) by TF-IDF cosine over character n-grams: the standard
 * vector-space measure (Salton & Buckley 1988; as scikit-learn's TfidfVectorizer(analyzer="char",
 * ngram_range=(2, 3), smooth_idf=True, norm="l2") computes it). Chinese has no spaces between words, so characters
 * are the units; 2- and 3-character shingles catch words and short phrases, and the IDF weight makes the phrases
 * every plan repeats (加强, 推进, 建立健全) count less than the words that say what an item is about.
 *
 * - Text is width-folded and stripped of white space, punctuation and symbols first.
 * - idf(g) = ln((1 + N) / (1 + df(g))) + 1 over the N documents of both sides; tf is the raw count.
 * - Vectors are L2-normalized; cosine = dot product, in [0, 1] (1: the same n-grams in the same proportions).
 */
import {foldWidth} from "../width.js";

/** The n-gram lengths used. */
export const NGRAMS = [2, 3] as const;

/** The text the shingles are taken from: width-folded, without white space, punctuation or symbols. */
export function shingleText(text: string): string {
  return foldWidth(text).replace(/[\p{P}\p{S}\p{Z}\s]/gu, "");
}

/** The character n-grams of a text (with repeats), n in NGRAMS; a text shorter than 2 characters is its own gram. */
export function shingles(text: string): string[] {
  const chars = [...shingleText(text)];
  if (chars.length === 0) return [];
  if (chars.length < NGRAMS[0]) return [chars.join("")];
  const out: string[] = [];
  for (const n of NGRAMS) for (let i = 0; i + n <= chars.length; ++i) out.push(chars.slice(i, i + n).join(""));
  return out;
}

type Vector = Map<string, number>;

/** TF-IDF vectors (L2-normalized) of documents, with the IDF computed over all of them. */
export function tfidfVectors(documents: string[]): Vector[] {
  const grams = documents.map(shingles);
  const df = new Map<string, number>();
  for (const g of grams) for (const s of new Set(g)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = documents.length;
  return grams.map((g) => {
    const v: Vector = new Map();
    for (const s of g) v.set(s, (v.get(s) ?? 0) + 1);
    let norm = 0;
    for (const [s, tf] of v) {
      const w = tf * (Math.log((1 + n) / (1 + df.get(s)!)) + 1);
      v.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
}

/** The cosine of two L2-normalized vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [s, w] of small) dot += w * (large.get(s) ?? 0);
  return Math.min(1, dot);
}

export interface NearestMatch {
  /** Index of the nearest document of `pool`, or -1 when none shares an n-gram. */
  index: number;
  similarity: number;
}

/**
 * For each query text, the most similar text of the pool by TF-IDF cosine (the IDF over queries and pool
 * together). Ties go to the earlier pool text. Uses an inverted index, so the cost is the number of shared n-grams,
 * not queries × pool.
 */
export function nearest(queries: string[], pool: string[]): NearestMatch[] {
  const vectors = tfidfVectors([...pool, ...queries]);
  const poolVectors = vectors.slice(0, pool.length);
  const postings = new Map<string, [number, number][]>();
  poolVectors.forEach((v, i) => {
    for (const [s, w] of v) {
      if (!postings.has(s)) postings.set(s, []);
      postings.get(s)!.push([i, w]);
    }
  });
  return vectors.slice(pool.length).map((q) => {
    const dots = new Float64Array(pool.length);
    for (const [s, w] of q) for (const [i, pw] of postings.get(s) ?? []) dots[i] += w * pw;
    let index = -1;
    let similarity = 0;
    dots.forEach((d, i) => {
      if (d > similarity + 1e-12) ((index = i), (similarity = d));
    });
    return {index, similarity: Math.min(1, similarity)};
  });
}
