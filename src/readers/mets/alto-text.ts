/**
 * An ALTO page file as METS areas see it: its words in document order, each
 * element id → the run of words inside it (a ComposedBlock, TextBlock,
 * TextLine or String; an Illustration holds none), and clean text for any
 * sequence of such runs, as a careful editor would want it for ground truth:
 * words joined by spaces; a word hyphenated at a line end whole again, from the
 * file's own markup — `SUBS_CONTENT` of a HypPart1/HypPart2 pair, else the parts
 * of a line ending in `<HYP>` joined without the hyphen. A hyphen written in
 * CONTENT at a line end with no HYP is a printed hyphen (ALTO: HYP is the
 * hyphenation mark): kept, and the next line follows with no space (`US-led`).
 */
import { readFileSync } from 'node:fs';
import { decodeXml } from '../xml/decode.js';
import { parseXml } from '../xml/parse.js';

export interface AltoToken {
  text: string;
  subsType?: string;
  subsContent?: string;
  /** Index of its line in `lines`. */
  line: number;
}

export interface AltoTextLine {
  /** First token and one past the last. */
  from: number;
  to: number;
  /** The line ends in a HYP element. */
  hyp: boolean;
}

export interface AltoTextBlock {
  id?: string;
  from: number;
  to: number;
}

/** A run of tokens `[from, to)` of one file. */
export interface TokenRun {
  file: AltoText;
  from: number;
  to: number;
}

export interface AltoText {
  path: string;
  tokens: AltoToken[];
  lines: AltoTextLine[];
  blocks: AltoTextBlock[];
  /** Element id → its tokens `[from, to)` (ids of elements with no text map to an empty run). */
  ids: Map<string, { from: number; to: number }>;
}

/** Elements whose ids areas point at; the rest of ALTO is not text. */
const ID_ELEMENTS = new Set(['Page', 'PrintSpace', 'ComposedBlock', 'TextBlock', 'TextLine', 'String', 'Illustration', 'GraphicalElement']);

/** Read and index one ALTO file. */
export function readAltoText(path: string): AltoText {
  const decoded = decodeXml(readFileSync(path), path); // the caller checked the path (../mets/local-file.ts)
  const out: AltoText = { path, tokens: [], lines: [], blocks: [], ids: new Map() };
  const open: Array<{ id?: string; from: number }> = [];
  let line: AltoTextLine | undefined;
  let block: AltoTextBlock | undefined;
  parseXml(decoded.text, path, {
    open(el) {
      const a = el.attrs;
      if (ID_ELEMENTS.has(el.name)) open.push({ ...(a.ID ? { id: a.ID } : {}), from: out.tokens.length });
      if (el.name === 'TextBlock') block = { ...(a.ID ? { id: a.ID } : {}), from: out.tokens.length, to: out.tokens.length };
      else if (el.name === 'TextLine') line = { from: out.tokens.length, to: out.tokens.length, hyp: false };
      else if (el.name === 'HYP' && line) line.hyp = true;
      else if (el.name === 'String' && line && a.CONTENT !== undefined && a.CONTENT.trim() !== '') {
        const t: AltoToken = { text: a.CONTENT.trim().replace(/\s+/gu, ' '), line: out.lines.length };
        if (a.SUBS_TYPE) t.subsType = a.SUBS_TYPE;
        if (a.SUBS_CONTENT) t.subsContent = a.SUBS_CONTENT;
        out.tokens.push(t);
      }
    },
    close(name) {
      if (ID_ELEMENTS.has(name)) {
        const o = open.pop();
        if (o?.id) out.ids.set(o.id, { from: o.from, to: out.tokens.length });
      }
      if (name === 'TextLine' && line) {
        line.to = out.tokens.length;
        if (line.to > line.from) out.lines.push(line);
        line = undefined;
      } else if (name === 'TextBlock' && block) {
        block.to = out.tokens.length;
        if (block.to > block.from) out.blocks.push(block);
        block = undefined;
      }
    },
  });
  return out;
}

/** Glyphs that end the first part of a hyphenated word (see ../xml/ocr-model.ts OCR_LINE_END_HYPHENS). */
const HYPHEN_END = /[-\u00AC\u2010\u2011\u2E17\u2E40=]$/u;

/** Does this token end its line, on a line that the file marks as hyphenated? */
function hyphenatedEnd(file: AltoText, i: number): boolean {
  const t = file.tokens[i]!;
  const line = file.lines[t.line]!;
  return i === line.to - 1 && (line.hyp || t.subsType === 'HypPart1');
}

/** Clean text of a sequence of runs (which may come from several files, in reading order). */
export function textOfRuns(runs: readonly TokenRun[]): string {
  const seq: Array<{ file: AltoText; i: number }> = [];
  for (const r of runs) for (let i = r.from; i < r.to; i++) seq.push({ file: r.file, i });
  const tok = (k: number): AltoToken => seq[k]!.file.tokens[seq[k]!.i]!;
  let out = '';
  for (let k = 0; k < seq.length; k++) {
    let word = tok(k).text;
    // A word broken at line ends: the file's own joined form when both halves carry it, else the halves joined.
    while (hyphenatedEnd(seq[k]!.file, seq[k]!.i) && k + 1 < seq.length) {
      const t = tok(k);
      const nt = tok(k + 1);
      const whole = t.subsContent && nt.subsType === 'HypPart2' ? t.subsContent : undefined;
      word = whole ?? word.replace(HYPHEN_END, '') + nt.text;
      k++;
      if (whole) break;
    }
    out += word;
    if (k + 1 < seq.length) out += joinAfter(seq[k]!.file, seq[k]!.i);
  }
  return out.trim();
}

/** What follows token i before the next token: nothing after a printed hyphen at a line end, else a space. */
function joinAfter(file: AltoText, i: number): string {
  const t = file.tokens[i]!;
  const line = file.lines[t.line]!;
  return i === line.to - 1 && /\p{L}-$/u.test(t.text) && !line.hyp ? '' : ' ';
}

/** The file's lines as printed, one per line, line-end hyphens kept (like a `pdftotext -raw` layer): for the scorer's hyphenation sites. */
export function rawTextOf(file: AltoText): string {
  return file.lines
    .map((l) => {
      const words = file.tokens.slice(l.from, l.to).map((t) => t.text);
      let s = words.join(' ');
      if ((l.hyp || file.tokens[l.to - 1]?.subsType === 'HypPart1') && !HYPHEN_END.test(s)) s += '-';
      return s.replace(/[\u00AC\u2E17\u2E40=]$/u, '-');
    })
    .join('\n');
}
