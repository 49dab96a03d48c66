/**
 * The documents the evaluation compares: a truth file (`truth.json`) and a
 * prediction (the same schema, as JSON, or flat text), read defensively —
 * a prediction is untrusted input, so anything that is not an object is dropped.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalBlock {
  type?: unknown;
  text?: unknown;
}

export interface EvalCaption {
  text?: unknown;
  credit?: unknown;
}

export interface EvalArticle {
  headline?: unknown;
  deck?: unknown;
  byline?: unknown;
  dateline?: unknown;
  credit?: unknown;
  blocks: EvalBlock[];
  captions: EvalCaption[];
}

export interface EvalFurniture {
  type?: unknown;
  text?: unknown;
}

/** A truth file or a JSON prediction after clean-up. */
export interface EvalDoc {
  articles: EvalArticle[];
  furniture: EvalFurniture[];
}

/** `json` and `txt` are prediction files; `missing` is scored as an empty JSON prediction. */
export type PredictionKind = 'json' | 'txt' | 'missing';

export type Prediction =
  | { kind: 'json' | 'missing'; doc: EvalDoc; error?: string }
  | { kind: 'txt'; text: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const objects = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter(isObject) : []);

export const emptyDoc = (): EvalDoc => ({ articles: [], furniture: [] });

/**
 * Clean up a parsed truth or prediction: articles/furniture at the top level,
 * or gathered from `pages[]` (a multi-page document is scored as one page).
 */
export function toEvalDoc(data: unknown): EvalDoc {
  if (!isObject(data)) return emptyDoc();
  let articles: unknown = data.articles;
  let furniture: unknown = data.furniture;
  if (!Array.isArray(articles) && Array.isArray(data.pages)) {
    const pages = data.pages.filter(isObject);
    articles = pages.flatMap((p) => (Array.isArray(p.articles) ? p.articles : []));
    furniture = pages.flatMap((p) => (Array.isArray(p.furniture) ? p.furniture : []));
  }
  return {
    articles: objects(articles).map((a) => ({ ...a, blocks: objects(a.blocks), captions: objects(a.captions) })),
    furniture: objects(furniture),
  };
}

/** Read `<id>.json`, else `<id>.txt`, from a prediction folder. */
export function readPrediction(dir: string, id: string): Prediction {
  const jsonPath = join(dir, `${id}.json`);
  const textPath = join(dir, `${id}.txt`);
  if (existsSync(jsonPath)) {
    try {
      return { kind: 'json', doc: toEvalDoc(JSON.parse(readFileSync(jsonPath, 'utf8'))) };
    } catch (e) {
      return { kind: 'json', doc: emptyDoc(), error: `bad json: ${(e as Error).message}` };
    }
  }
  if (existsSync(textPath)) return { kind: 'txt', text: readFileSync(textPath, 'utf8') };
  return { kind: 'missing', doc: emptyDoc() };
}

/** The printed label of a byline (`By `) is not part of the field. */
export const stripByline = (s: unknown): string => String(s).replace(/^\s*by\s+/i, '');
/** The leading dash of a credit (`— AFP`) is not part of the field. */
export const stripCredit = (s: unknown): string => String(s).replace(/^[\s\-\u2010-\u2015\u2212]+/, '');

/** Article fields that hold text, in the order the word bag reads them. */
const TEXT_FIELDS = ['headline', 'deck', 'byline', 'dateline', 'credit'] as const;

/** Every text unit of an article: fields, blocks, then caption texts and credits (labels stripped). */
export function articleTextParts(a: EvalArticle): string[] {
  const parts: string[] = [];
  for (const k of TEXT_FIELDS) {
    const v = a[k];
    if (!v) continue;
    parts.push(k === 'byline' ? stripByline(v) : k === 'credit' ? stripCredit(v) : String(v));
  }
  for (const b of a.blocks) if (b.text) parts.push(String(b.text));
  for (const c of a.captions) {
    if (c.text) parts.push(String(c.text));
    if (c.credit) parts.push(stripCredit(c.credit));
  }
  return parts;
}

/** A paragraph unit: a paragraph block or a caption text, with its article and whether it is body text. */
export interface ParagraphUnit {
  text: string;
  article: number;
  body: boolean;
}

/** Paragraph blocks then caption texts of each article, articles in order. */
export function paragraphUnits(doc: EvalDoc): ParagraphUnit[] {
  const out: ParagraphUnit[] = [];
  doc.articles.forEach((a, article) => {
    for (const b of a.blocks) if (b.type === 'paragraph' && b.text) out.push({ text: String(b.text), article, body: true });
    for (const c of a.captions) if (c.text) out.push({ text: String(c.text), article, body: false });
  });
  return out;
}

/** Flat-text prediction: blank-line-separated chunks, line breaks inside a chunk read as spaces. */
export function textChunks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((x) => x.replace(/(?<!\s)\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
