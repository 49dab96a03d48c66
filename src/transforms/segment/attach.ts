/**
 * Caption attachment: each caption goes to the story it shares most names and
 * words with (a caption names the people and places of its story); with no
 * such evidence it stays with the story it was printed in. Captions that share
 * nothing with any story but share words with each other are a photo story of
 * their own (a page of pictures with captions and no body).
 */
import type { Article, Block, Box } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { lowerCase } from '../../text/ascii.js';

export interface PendingCaption {
  block: Block;
  text: string;
  credit: string | null;
  creditBlock: Block | null;
  /** The credit was a photographer's credit printed above the caption. */
  creditFromAbove?: boolean;
  /** The story open where the caption was printed (null before the first one). */
  near: Article | null;
  /** Printed between that story's head (headline, deck, byline) and its text: a photo run at the head of the story. */
  inHead?: boolean;
  order: number;
}

/** A name (capitalised word) shared with a story counts this much more than a common word. */
export const NAME_WEIGHT = 2;
/**
 * A caption printed between a story's head (its headline, deck, byline) and its text — a photo run at
 * the head of the story — counts this much more for that story: its place is evidence too, worth one
 * shared common word, so a caption's title-case words found in a story printed elsewhere (dev008:
 * `A photograph related to Federal University…` under the byline of a school study, `university` in
 * another story's headline) no longer outweigh it when they score a name's worth alone. Only under a
 * story with a headline: a story a byline opened without one is where pdftotext's default mode set
 * two stories' heads side by side (dev004 page.txt), and its place says nothing.
 */
export const NEAR_BONUS = 1;
/**
 * A caption set inside the region of exactly one story on its page — between the story's top and bottom
 * and within its columns (the box around its paragraphs there) — counts this much more for that story:
 * a newspaper sets a photo inside the columns of the story it illustrates, so its place is evidence
 * as strong as a shared name. Only where blocks have boxes (PDF, OCR). (dev009 PDF: `This exclusive
 * interview features first-hand journalism…`, under a photo in the interview's columns, went to the
 * story below on a lone shared `see`.)
 */
export const REGION_BONUS = NAME_WEIGHT;

/** A caption needs at least this score with a story to be attached by words. */
export const MIN_ATTACH_SCORE = 2;

/** Short function words carry no topic. */
const STOP = new Set(
  'the a an and or but of in on at to for with by from as into over after before is are was were be been has have had this that these those it its his her their our your who which what when where while during about than then there here not no more most some such also only other new'.split(' '),
);

function words(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const raw of text.split(SEPARATORS)) {
    if (raw.length < 3) continue;
    const bare = EDGE_TEST.test(raw) ? raw.replace(EDGE, '') : raw;
    const w = bare.endsWith("'s") || bare.endsWith('’s') ? bare.slice(0, -2) : bare;
    const lw = lowerCase(w);
    if (lw.length < 3 || STOP.has(lw)) continue;
    const cap = w[0] !== lw[0];
    out.set(lw, (out.get(lw) ?? false) || cap);
  }
  return out;
}

/** White space and punctuation separate words (apostrophes and inner hyphens stay in them). */
const EDGE = /^['’-]+|['’-]+$/g;
const EDGE_TEST = /^['’-]|['’-]$/;
const SEPARATORS = /[\s,.;:!?"“”‘()[\]{}«»…—–/]+/;

export function attachCaptions(articles: Article[], captions: PendingCaption[], page: number, messages?: Message[]): void {
  if (!captions.length) return;
  // Each story's text in lower case; a caption's words are looked up in it as whole words.
  const texts = articles.map((a) => ` ${[a.headline ?? '', a.deck ?? '', ...a.blocks.map((b) => b.text)].join(' ')} `);
  const vocab = texts.map((t) => new WordLookup(t));
  const capWords = captions.map((c) => words(c.text));
  const regions = articles.map((a) => regionOf(a, page));
  const inRegion = captions.map((c) => storyAround(c.block.box, regions));
  const best = captions.map((_, ci) => {
    let at = -1;
    let score = 0;
    vocab.forEach((v, i) => {
      const c = captions[ci]!;
      const shared = overlap(capWords[ci]!, v);
      // (The place counts only beside a shared word: a caption that shares nothing with the story around
      // it, as a photo story's captions set inside another story's box, is not taken by place alone.)
      const s = shared + (c.inHead && articles[i] === c.near ? NEAR_BONUS : 0) + (inRegion[ci] === i && shared > 0 ? REGION_BONUS : 0);
      if (s > score) {
        score = s;
        at = i;
      }
    });
    return { at, score };
  });
  // Captions with no story of their own: sharing too little with every story, and printed outside
  // any story or sharing names with another such caption (a set of pictures with their own subject).
  const weak = captions.map((_, ci) => best[ci]!.score < MIN_ATTACH_SCORE);
  const orphan = captions.map((c, ci) => {
    if (!weak[ci]) return false;
    if (!c.near) return true;
    return captions.some((_, cj) => cj !== ci && weak[cj] && overlap(capWords[ci]!, new Set(capWords[cj]!.keys())) >= MIN_ATTACH_SCORE);
  });
  // A caption printed outside the stories joins those orphans when it shares more with them than with any story.
  if (orphan.some(Boolean)) {
    const cluster = new Set<string>();
    captions.forEach((_, ci) => {
      if (orphan[ci]) for (const w of capWords[ci]!.keys()) cluster.add(w);
    });
    captions.forEach((c, ci) => {
      if (orphan[ci] || c.near) return;
      if (overlap(capWords[ci]!, cluster) > best[ci]!.score) orphan[ci] = true;
    });
  }
  const photo: Article = { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [], captions: [], pages: [page] };
  const note = (c: PendingCaption, text: string): void => {
    messages?.push({ rule: 'segment/attach', severity: 'info', text: `caption "${c.text.slice(0, 40)}${c.text.length > 40 ? '…' : ''}": ${text}`, source: c.block.source });
  };
  const named = (a: Article): string => (a.headline ? `"${a.headline}"` : `story ${articles.indexOf(a) + 1}`);
  captions.forEach((c, ci) => {
    if (orphan[ci]) {
      photo.captions.push(captionOf(c));
      note(c, 'shares no words with any story: a photo story of its own');
      return;
    }
    const b = best[ci]!;
    const byWords = b.score >= MIN_ATTACH_SCORE;
    const target = byWords ? articles[b.at]! : (c.near ?? articles[b.at] ?? articles[0]);
    if (target) {
      target.captions.push(captionOf(c));
      if (byWords) {
        const shared = [...capWords[ci]!.keys()].filter((w) => vocab[b.at]!.has(w));
        const place = c.inHead && target === c.near ? ` + ${NEAR_BONUS} for its place at the story's head` : '';
        const region = inRegion[ci] === b.at && shared.length > 0 ? ` + ${REGION_BONUS} for its place inside the story's columns` : '';
        note(c, `goes to ${named(target)}: shares ${shared.length ? shared.join(', ') : 'no word'}${place}${region} (score ${b.score})`);
      } else note(c, `shares too few words with any story (best ${b.score}): stays with ${named(target)}, where it was printed`);
    } else {
      photo.captions.push(captionOf(c));
      note(c, 'no story on the page: a photo story of its own');
    }
  });
  if (photo.captions.length) {
    photo.decision = { rule: 'segment/photo-story', confidence: 0.6, evidence: 'captions sharing no words with any story' };
    articles.unshift(photo);
  }
}

/** The box around a story's text blocks on the page (its columns, top to bottom), or null when none has a box there. */
function regionOf(a: Article, page: number): Box | null {
  let r: Box | null = null;
  for (const ab of a.blocks) {
    for (const b of ab.blocks) {
      const x = b.box;
      if (!x || b.source.page !== page) continue;
      r = r ? { x0: Math.min(r.x0, x.x0), y0: Math.min(r.y0, x.y0), x1: Math.max(r.x1, x.x1), y1: Math.max(r.y1, x.y1) } : { ...x };
    }
  }
  return r;
}

/** The index of the one region holding the box's centre, or -1 (no box, no region, or more than one: stories set around each other). */
function storyAround(box: Box | undefined, regions: ReadonlyArray<Box | null>): number {
  if (!box) return -1;
  const x = (box.x0 + box.x1) / 2;
  const y = (box.y0 + box.y1) / 2;
  let found = -1;
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i];
    if (!r || x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * Whole-word lookups (of lower-case words) in one story's text, remembered: is the word there, and is
 * it there with a capital (`capitalised`)?
 */
class WordLookup {
  /** Per word: absent, present only in lower case, or present with a capital at least once. */
  private readonly seen = new Map<string, 'no' | 'lower' | 'capital'>();
  private readonly text: string;
  constructor(private readonly original: string) {
    this.text = original.toLowerCase();
  }
  has(word: string): boolean {
    return this.find(word) !== 'no';
  }
  /**
   * Is the word written with a capital somewhere in the story? A word capitalised in a caption is a
   * name only when its story writes it so too: a caption's title case (`… photograph of Basic
   * Education.`) makes names of common nouns the story writes in lower case (`an education`).
   * (When lower-casing changed the text's length, the offsets do not match: every hit counts as one.)
   */
  capitalised(word: string): boolean {
    return this.find(word) === 'capital';
  }
  private find(word: string): 'no' | 'lower' | 'capital' {
    let v = this.seen.get(word);
    if (v === undefined) {
      v = 'no';
      const aligned = this.text.length === this.original.length;
      for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
        if (!isWordChar(this.text.charCodeAt(at - 1)) && !isWordChar(this.text.charCodeAt(at + word.length))) {
          if (!aligned || this.original[at] !== this.text[at]) {
            v = 'capital';
            break;
          }
          v = 'lower';
        }
      }
      this.seen.set(word, v);
    }
    return v;
  }
}

/** A letter or digit (ASCII fast path; anything above Latin-1 punctuation counts as a letter). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 191;
}

/**
 * Shared-word score of a caption's words with a vocabulary: names count NAME_WEIGHT, other words 1. A
 * word is a name when the caption capitalises it and the vocabulary, if it knows case, does so too
 * (WordLookup.capitalised).
 */
function overlap(cw: Map<string, boolean>, v: { has(w: string): boolean; capitalised?(w: string): boolean }): number {
  let s = 0;
  for (const [w, cap] of cw) if (v.has(w)) s += cap && (v.capitalised?.(w) ?? true) ? NAME_WEIGHT : 1;
  return s;
}

function captionOf(c: PendingCaption): Article['captions'][number] {
  return { text: c.text, credit: c.credit, blocks: c.creditBlock ? [c.block, c.creditBlock] : [c.block] };
}
