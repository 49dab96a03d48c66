/**
 * A METS logical structure map + its ALTO pages → ground truth in the corpus
 * schema (../shared/corpus/README.md): articles with headline, deck, byline,
 * dateline, paragraph/subhead blocks and captions; furniture.
 *
 * Div TYPEs are matched case-insensitively, with `-`, space and `_` alike,
 * against the vocabularies digitisation profiles use (docWorks/CCS and the
 * Europeana Newspapers METS ALTO Profile, BnL, KB, NLA, SBB): see the tables
 * below. What a div means depends on where it is:
 * - outside an article: ARTICLE-like types open an article; ADVERTISEMENT and
 *   page furniture types become furniture; an ILLUSTRATION with a caption is a
 *   photo-only story; anything else is a container (ISSUE, SECTION...);
 * - inside an article: HEADING/TITLE before the body is the headline (after it,
 *   a subhead); SUBHEADLINE/SUBTITLE/DECK the deck (in the body, a subhead);
 *   AUTHOR/BYLINE, DATELINE, CAPTION (with a CREDIT inside), CREDIT (the
 *   sign-off); PARAGRAPH is one paragraph; BODY/BODY_CONTENT/TEXT areas are
 *   one paragraph per text block, a block that ends mid-sentence (no final
 *   punctuation, or a line-end hyphen) and a next one starting in lower case
 *   being one paragraph across a column break; an unknown type is body text
 *   (and noted).
 * Text blocks of a page that no div points at are furniture `other` (running
 * heads, adverts left out of the map): text that is not article text.
 */
import type { FurnitureType } from '../../model/types.js';
import { textOfRuns, type AltoText, type TokenRun } from './alto-text.js';
import type { MetsDiv } from './parse.js';

export interface TruthBlock {
  type: 'paragraph' | 'subhead';
  text: string;
}
export interface TruthCaption {
  text: string;
  credit: string | null;
}
export interface TruthArticle {
  headline: string | null;
  deck: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: TruthBlock[];
  captions: TruthCaption[];
}
export interface TruthFurniture {
  type: FurnitureType;
  text: string;
}
/** The corpus truth schema (`truth.json`). */
export interface Truth {
  id: string;
  source: string;
  articles: TruthArticle[];
  furniture: TruthFurniture[];
}

const key = (type: string): string => type.toUpperCase().replace(/[\s-]+/gu, '_');
const set = (...xs: string[]): ReadonlySet<string> => new Set(xs);

/** Editorial units: each is one truth article. */
export const ARTICLE_TYPES = set('ARTICLE', 'STORY', 'NEWS', 'CONTRIBUTION', 'EDITORIAL', 'LETTER', 'LETTER_TO_THE_EDITOR', 'REVIEW', 'OBITUARY', 'INTERVIEW', 'REPORT', 'COLUMN_ARTICLE');
/** Page furniture and what is not editorial text, by truth furniture type. */
export const FURNITURE_TYPES: ReadonlyMap<string, FurnitureType> = new Map([
  ['PAGE_HEADER', 'header'], ['RUNNING_HEAD', 'header'], ['RUNNING_TITLE', 'header'], ['HEADER', 'header'], ['MASTHEAD', 'header'],
  ['PAGE_FOOTER', 'footer'], ['FOOTER', 'footer'], ['RUNNING_FOOT', 'footer'],
  ['PAGE_NUMBER', 'folio'], ['FOLIO', 'folio'],
  ['ADVERTISEMENT', 'other'], ['ADVERTISEMENT_SECTION', 'other'], ['ADVERT', 'other'], ['AD', 'other'], ['CLASSIFIED', 'other'],
  ['KICKER', 'other'], ['PULL_QUOTE', 'other'], ['PULLQUOTE', 'other'], ['JUMP', 'other'], ['CONTINUATION_NOTE', 'other'],
]);
const PICTURE_TYPES = set('ILLUSTRATION', 'PICTURE', 'PHOTO', 'PHOTOGRAPH', 'IMAGE', 'FIGURE', 'ILLUSTRATION_GROUP', 'GRAPHIC', 'MAP', 'CARTOON');
const HEADLINE_TYPES = set('HEADING', 'HEADLINE', 'TITLE', 'MAIN_TITLE', 'TITLE_SECTION');
const DECK_TYPES = set('SUBHEADLINE', 'SUB_HEADLINE', 'SUBTITLE', 'SUB_TITLE', 'DECK', 'STANDFIRST', 'STRAPLINE');
const SUBHEAD_TYPES = set('SUBHEAD', 'SUBHEADING', 'SUB_HEADING', 'INTERTITLE', 'CROSSHEAD', 'CROSS_HEAD');
const BYLINE_TYPES = set('AUTHOR', 'BYLINE', 'BY_LINE', 'AUTHORS');
const DATELINE_TYPES = set('DATELINE', 'DATE_LINE');
const CAPTION_TYPES = set('CAPTION', 'LEGEND');
const CREDIT_TYPES = set('CREDIT', 'CREDITS', 'PHOTO_CREDIT', 'SIGNATURE', 'SOURCE');
const BODY_TYPES = set('BODY', 'BODY_CONTENT', 'TEXT', 'CONTENT', 'COLUMN', 'MAIN');
const PARAGRAPH_TYPES = set('PARAGRAPH', 'P', 'PARA');

type Field = 'headline' | 'deck' | 'byline' | 'dateline' | 'credit' | 'subhead' | 'paragraph' | 'caption' | 'caption-credit';

/** One part of an article: the text runs of one div (or one text block of a body div), with its page. */
export interface Part {
  field: Field;
  runs: TokenRun[];
  /** Parts with the same group are one field (one paragraph div, one caption). */
  group: number;
  /** A body block that may continue the previous body block across a column break. */
  mayContinue?: boolean;
}

export interface ArticleParts {
  parts: Part[];
}

/** Resolve an area to token runs; undefined when it cannot be resolved (recorded by the caller). */
export type ResolveArea = (area: MetsDiv['areas'][number]) => TokenRun[] | undefined;

export interface Collected {
  articles: ArticleParts[];
  furniture: Array<{ type: FurnitureType; runs: TokenRun[] }>;
  notes: string[];
}

/** Walk the logical structure map and collect articles and furniture as token runs. */
export function collect(top: readonly MetsDiv[], resolve: ResolveArea): Collected {
  const out: Collected = { articles: [], furniture: [], notes: [] };
  const unknown = new Set<string>(); // inside articles: read as body text
  const loose = new Set<string>(); // outside articles, with text of their own: read as furniture
  let group = 0;
  const runsOf = (div: MetsDiv): TokenRun[] => div.areas.flatMap((a) => resolve(a) ?? []);
  const deepRuns = (div: MetsDiv): TokenRun[] => [...runsOf(div), ...div.children.flatMap(deepRuns)];

  const outside = (div: MetsDiv): void => {
    const k = key(div.type);
    if (ARTICLE_TYPES.has(k)) {
      const a: ArticleParts = { parts: [] };
      inArticle(div, a, { body: false, caption: false });
      if (a.parts.length) out.articles.push(a);
      return;
    }
    const furniture = FURNITURE_TYPES.get(k);
    if (furniture) {
      const runs = deepRuns(div);
      if (runs.length) out.furniture.push({ type: furniture, runs });
      return;
    }
    if (PICTURE_TYPES.has(k)) {
      const a: ArticleParts = { parts: [] };
      inArticle(div, a, { body: false, caption: false });
      if (a.parts.some((p) => p.field === 'caption')) out.articles.push(a);
      return;
    }
    const own = runsOf(div);
    if (own.length) {
      out.furniture.push({ type: k === 'SECTION' ? 'section' : 'other', runs: own });
      if (k !== 'SECTION') loose.add(div.type);
    }
    div.children.forEach(outside);
  };

  const push = (a: ArticleParts, field: Field, runs: TokenRun[], g = ++group, mayContinue = false): void => {
    if (!runs.length) return;
    a.parts.push({ field, runs, group: g, ...(mayContinue ? { mayContinue } : {}) });
  };

  const inArticle = (div: MetsDiv, a: ArticleParts, ctx: { body: boolean; caption: boolean }): void => {
    const k = key(div.type);
    const kids = (c = ctx): void => div.children.forEach((d) => inArticle(d, a, c));
    const hasBody = (): boolean => a.parts.some((p) => p.field === 'paragraph' || p.field === 'subhead');
    if (ctx.caption) {
      push(a, CREDIT_TYPES.has(k) ? 'caption-credit' : 'caption', runsOf(div));
      kids();
      return;
    }
    if (ARTICLE_TYPES.has(k) || PICTURE_TYPES.has(k)) {
      bodyAreas(div, a);
      kids();
    } else if (CAPTION_TYPES.has(k)) {
      const g = ++group;
      push(a, 'caption', runsOf(div), g);
      div.children.forEach((d) => inArticle(d, a, { ...ctx, caption: true }));
      // A caption's own parts share one group so they read as one caption.
      for (const p of a.parts) if (p.field === 'caption' && p.group > g) p.group = g;
    } else if (HEADLINE_TYPES.has(k)) {
      if (div.children.length && !div.areas.length) kids();
      else push(a, ctx.body || hasBody() ? 'subhead' : 'headline', runsOf(div));
    } else if (DECK_TYPES.has(k)) push(a, ctx.body || hasBody() ? 'subhead' : 'deck', runsOf(div));
    else if (SUBHEAD_TYPES.has(k)) push(a, 'subhead', runsOf(div));
    else if (BYLINE_TYPES.has(k)) push(a, 'byline', runsOf(div));
    else if (DATELINE_TYPES.has(k)) push(a, 'dateline', runsOf(div));
    else if (CREDIT_TYPES.has(k)) push(a, 'credit', runsOf(div));
    else if (PARAGRAPH_TYPES.has(k)) {
      push(a, 'paragraph', runsOf(div));
      kids({ ...ctx, body: true });
    } else {
      if (!BODY_TYPES.has(k) && !FURNITURE_TYPES.has(k)) unknown.add(div.type);
      if (FURNITURE_TYPES.has(k)) {
        const runs = deepRuns(div);
        if (runs.length) out.furniture.push({ type: FURNITURE_TYPES.get(k)!, runs });
        return;
      }
      bodyAreas(div, a);
      kids({ ...ctx, body: true });
    }
  };

  /** A body div's own areas: one paragraph per text block, each free to continue the one before. */
  const bodyAreas = (div: MetsDiv, a: ArticleParts): void => {
    for (const run of runsOf(div)) push(a, 'paragraph', [run], ++group, true);
  };

  top.forEach(outside);
  for (const t of unknown) out.notes.push(`div TYPE="${t}" is not a known article part: its text is taken as body text`);
  for (const t of loose) out.notes.push(`div TYPE="${t}" outside any article points at text: taken as furniture (other)`);
  return out;
}

/** Final punctuation of a paragraph, closing quotes and brackets allowed after it. */
const PARAGRAPH_END = /[.!?…:]["'”’)\]]*$/u;
const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u;

/** Build truth articles from collected parts, keeping only the runs of the given files (all when absent). */
export function buildArticles(articles: readonly ArticleParts[], keep?: (file: AltoText) => boolean): TruthArticle[] {
  const out: TruthArticle[] = [];
  for (const a of articles) {
    const parts = a.parts
      .map((p) => ({ ...p, runs: keep ? p.runs.filter((r) => keep(r.file)) : p.runs }))
      .filter((p) => p.runs.some((r) => r.to > r.from));
    if (!parts.length) continue;
    // Parts of one field and group read as one text; body blocks join across a column break.
    const merged: Array<{ field: Field; runs: TokenRun[] }> = [];
    let prev: (typeof parts)[number] | undefined;
    for (const p of parts) {
      const last = merged[merged.length - 1];
      const sameGroup = prev && last && prev.group === p.group && last.field === p.field;
      const continues =
        p.mayContinue && prev?.mayContinue && last?.field === 'paragraph' && p.field === 'paragraph' && continuesInto(textOfRuns(last.runs), textOfRuns(p.runs));
      if (sameGroup || continues) last!.runs.push(...p.runs);
      else merged.push({ field: p.field, runs: [...p.runs] });
      prev = p;
    }
    const t: TruthArticle = { headline: null, deck: null, byline: null, dateline: null, credit: null, blocks: [], captions: [] };
    const add = (cur: string | null, text: string): string => (cur ? `${cur} ${text}` : text);
    for (const m of merged) {
      const text = textOfRuns(m.runs);
      if (!text) continue;
      switch (m.field) {
        case 'headline':
          t.headline = add(t.headline, text);
          break;
        case 'deck':
          t.deck = add(t.deck, text);
          break;
        case 'byline':
          t.byline = add(t.byline, text.replace(/^by\s+/iu, ''));
          break;
        case 'dateline':
          t.dateline = add(t.dateline, text.replace(/\s*[—–-]+$/u, ''));
          break;
        case 'credit':
          t.credit = add(t.credit, text.replace(/^[—–-]+\s*/u, ''));
          break;
        case 'subhead':
        case 'paragraph':
          t.blocks.push({ type: m.field, text });
          break;
        case 'caption':
          t.captions.push({ text, credit: null });
          break;
        case 'caption-credit': {
          const c = t.captions[t.captions.length - 1];
          const credit = text.replace(/^[—–-]+\s*/u, '');
          if (c) c.credit = c.credit ? `${c.credit} ${credit}` : credit;
          break;
        }
      }
    }
    out.push(t);
  }
  return out;
}

/** Does a body block's text run on into the next block's (a paragraph broken at a column end)? */
export function continuesInto(before: string, after: string): boolean {
  if (!before || !after) return false;
  return /\p{L}-$/u.test(before) || (!PARAGRAPH_END.test(before) && LOWER_START.test(after));
}
