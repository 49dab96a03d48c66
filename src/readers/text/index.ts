/**
 * Plain-text reader: a text layer (pdftotext, pdfminer, e-paper dumps) into
 * the page model. Form feed = page break; a run of non-empty lines = one
 * `text` block (blank lines separate blocks; whether a blank line is a real
 * paragraph end or a column break is decided later by reflow). Characters are
 * normalised by ../../text/normalise.ts and every change is recorded.
 */
import type { Block, GalleyDocument, Line, Page, Point } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { characterMessage, normaliseLine, plainLine, specialOffsets } from '../../text/normalise.js';
import { decodeText, utf16Encoding } from './decode.js';
import { shreddedPageWarnings } from './shredded.js';
import { gridVerdicts, hasGutter, pageRows, readLaidOutPage, GUTTER_SPACES, LAID_OUT_SHARE } from './laid-out.js';
import { GalleyError } from '../../errors.js';
import { isBlankLine } from '../../text/ascii.js';

/**
 * Limits that keep a text input's memory bounded (the pipeline holds a few KB
 * per line: 100,000 one-character lines peak at about 1 GB and give 150 MB of
 * JSON; 400,000 overflowed V8's 512 MB string limit after 2.3 GB). The longest
 * corpus page has under 2,000 lines and a dense broadsheet page about 100 KB
 * of text, so these admit a whole issue dumped as one file, 50 times over.
 */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;
export const MAX_TEXT_LINES = 100_000;
/**
 * UTF-16 spends two bytes on every character UTF-8 writes in one (the ASCII of Latin-script
 * text), so a UTF-16 file is allowed this many times MAX_TEXT_BYTES: the same text is admitted
 * whichever of the two it comes in.
 */
export const UTF16_SIZE_FACTOR = 2;

/**
 * Refuse input over MAX_TEXT_BYTES (UTF16_SIZE_FACTOR times that for UTF-16), before decoding:
 * the encoding test reads a BOM or a small sample only. MAX_TEXT_LINES is checked after.
 */
function checkSize(bytes: Uint8Array, name: string): void {
  if (bytes.length <= MAX_TEXT_BYTES) return;
  const utf16 = utf16Encoding(bytes) !== undefined;
  const limit = utf16 ? MAX_TEXT_BYTES * UTF16_SIZE_FACTOR : MAX_TEXT_BYTES;
  if (bytes.length > limit) {
    throw new GalleyError('too-large', name, `the file is too large for a text page (${megabytes(bytes.length)}; the limit is ${megabytes(limit)}${utf16 ? ' for UTF-16' : ''})`);
  }
}

function checkLines(text: string, name: string): void {
  let lines = 0;
  if (text.indexOf('\r') === -1) {
    // Without CR (most text layers) the line ends are each LF and form feed: counted by the engine's search.
    lines = occurrences(text, '\n') + occurrences(text, '\f');
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // LF, CR (a CRLF counts once) and form feed end a line, as in splitPages
      if (c === 0x0a || c === 0x0c || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
    }
  }
  // a last line without a line end
  if (!/[\n\r\f]$/.test(text)) lines++;
  if (lines > MAX_TEXT_LINES) {
    throw new GalleyError('too-large', name, `the file has too many lines for a text page (${lines.toLocaleString('en-US')}; the limit is ${MAX_TEXT_LINES.toLocaleString('en-US')})`);
  }
}

/** How many times `ch` occurs in `text`. */
function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

export interface TextReaderOptions {
  /** Record each character normalisation as an info message (default true). */
  recordCharacters?: boolean;
}

export function readText(bytes: Uint8Array, name: string, options: TextReaderOptions = {}): GalleyDocument {
  checkSize(bytes, name);
  const decoded = decodeText(bytes, name);
  checkLines(decoded.text, name);
  const messages: Message[] = [];
  if (decoded.warning) {
    messages.push({ rule: 'reader/encoding', severity: 'warning', text: decoded.warning, source: { page: 1 } });
  }
  const recordCharacters = options.recordCharacters !== false;
  const pages = splitPages(decoded.text, messages, recordCharacters);
  const grid = readLaidOutPages(decoded.text, pages, messages, recordCharacters);
  messages.push(...shreddedPageWarnings(grid.size ? pages.filter((p) => !grid.has(p.number)) : pages));
  return { name, format: 'text', pages, articles: [], furniture: [], messages };
}

/**
 * Pages printed as a picture of the page (columns side by side: `pdftotext -layout`) are read again as
 * grids of character cells (./laid-out.ts) and replace their plain reading, whose character messages
 * are dropped (the grid reading records its own). Returns the numbers of the pages so read.
 */
function readLaidOutPages(text: string, pages: Page[], messages: Message[], recordCharacters: boolean): Set<number> {
  const read = new Set<number>();
  if (!hasGutter(text)) return read;
  const rows = pageRows(text);
  const verdicts = gridVerdicts(rows.slice(0, pages.length).map((r) => r.rows));
  verdicts.forEach((why, i) => {
    if (why === undefined) return;
    if (why === null) {
      read.add(pages[i]!.number);
      return;
    }
    messages.push({
      rule: 'reader/laid-out-too-large',
      severity: 'warning',
      text: `page ${pages[i]!.number} is printed as a picture of the page (columns side by side), but ${why}: read as plain text (its columns stay glued line by line; split the file at its pages with form feeds, or give Galley the PDF)`,
      source: { page: pages[i]!.number },
    });
  });
  if (!read.size) return read;
  const kept = messages.filter((m) => !(m.rule === 'reader/characters' && m.source && read.has(m.source.page)));
  messages.length = 0;
  messages.push(...kept);
  for (let i = 0; i < pages.length; i++) {
    const n = pages[i]!.number;
    if (!read.has(n)) continue;
    messages.push({
      rule: 'reader/laid-out',
      severity: 'info',
      text: `page ${n} is printed as a picture of the page (columns side by side, at least ${Math.round(LAID_OUT_SHARE * 100)} % of its lines holding two columns' text with a gap of ${GUTTER_SPACES} spaces or more, as pdftotext -layout prints): read as a grid of character cells, its columns and reading order found as on a PDF page`,
      source: { page: n },
    });
    pages[i] = readLaidOutPage(n, rows[i]!, messages, recordCharacters);
  }
  return read;
}

/** Split decoded text into pages (form feed) of blocks (blank-line separated) of lines. */
export function splitPages(text: string, messages: Message[], recordCharacters = true): Page[] {
  const pages: Page[] = [];
  let page: Page = { number: 1, blocks: [], graphics: [] };
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    page.blocks.push(makeBlock(current));
    current = [];
  };
  let offset = 0;
  let lineNo = 1;
  // Start offset of the current editor line: a form feed ends a page but not a line, as editors count lines.
  let lineStart = 0;
  // Where the characters to normalise are, found in one scan: most lines hold none and skip normalisation.
  const specials = specialOffsets(text);
  // A text without a control character anywhere has none in any line (the line ends that split it are
  // not in the class): one test of the whole text instead of one per line.
  const anyControl = HAS_CONTROL_CHARACTER.test(text);
  let next = 0;
  const handle = (raw: string, start: number): void => {
    while (next < specials.length && specials[next]! < start) next++;
    if (isBlankLine(raw)) {
      flush();
      return;
    }
    const controls = anyControl ? controlCharacters(raw) : NO_CONTROLS;
    const clean = controls.length ? raw.replace(CONTROL_CHARACTERS, '') : raw;
    const n = controls.length || (next < specials.length && specials[next]! < start + raw.length) ? normaliseLine(clean) : plainLine(clean);
    // normaliseLine's indices are into the clean line: back to the raw line, past the removed characters
    if (controls.length) {
      for (const c of n.changes) c.index += controls.filter((k, j) => k - j <= c.index).length;
      n.changes.push(...controls.map((index) => ({ index, from: raw[index]!, to: '', why: `control character U+${raw.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}` })));
      n.changes.sort((a, b) => a.index - b.index);
    }
    const col = start - lineStart + 1;
    const startPoint: Point = { line: lineNo, column: col, offset: start };
    const endPoint: Point = { line: lineNo, column: col + raw.length, offset: start + raw.length };
    const line: Line = {
      text: n.text,
      original: raw,
      source: { page: page.number, span: { start: startPoint, end: endPoint } },
      // Set on every line, absent or not (undefined reads as absent): lines of one shape are faster to read everywhere after.
      join: n.softHyphenEnd ? 'join' : undefined,
    };
    if (recordCharacters) {
      for (const c of n.changes) {
        messages.push(
          characterMessage(c, {
            page: page.number,
            span: {
              start: { line: lineNo, column: col + c.index, offset: start + c.index },
              end: { line: lineNo, column: col + c.index + 1, offset: start + c.index + 1 },
            },
          }),
        );
      }
    }
    current.push(line);
  };
  // Lines end at LF, CRLF or CR; a form feed ends the line and the page; a soft line end (VT, NEL) ends
  // the line only. Found by their character codes (the pattern `\r\n|\n|\r|\f|[\v\u0085]`, without a
  // regex match object per line).
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c > 13 ? c !== 0x85 : c < 10) continue;
    const end = c === 13 && text.charCodeAt(at + 1) === 10 ? '\r\n' : text[at]!;
    handle(text.slice(offset, at), offset);
    if (end === '\f') {
      flush();
      pages.push(page);
      page = { number: page.number + 1, blocks: [], graphics: [] };
    }
    const soft = c === 11 || c === 0x85 ? SOFT_LINE_ENDS.get(end) : undefined;
    if (soft && recordCharacters) {
      const column = at - lineStart + 1;
      messages.push({
        rule: 'reader/characters',
        severity: 'info',
        text: `normalised ${soft} read as a line end`,
        before: end,
        after: '\n',
        source: { page: page.number, span: { start: { line: lineNo, column, offset: at }, end: { line: lineNo, column: column + 1, offset: at + 1 } } },
      });
    }
    offset = at + end.length;
    at = offset - 1;
    if (soft) {
      // Not a line end to editors: the editor line (and its columns) goes on.
    } else if (end !== '\f') {
      lineNo++;
      lineStart = offset;
    }
  }
  if (offset < text.length) handle(text.slice(offset), offset);
  flush();
  if (page.blocks.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * Control characters that break a line without ending the paragraph: VERTICAL TAB is the manual
 * line break (Shift+Enter) in Word's and other word processors' plain-text exports, NEXT LINE
 * (U+0085) is Unicode's and EBCDIC's line end. Removed, they glued the words on either side
 * (`Monday.It`); each ends the line (the block goes on) and is recorded.
 */
const SOFT_LINE_ENDS: ReadonlyMap<string, string> = new Map([
  ['\v', 'VERTICAL TAB (a manual line break)'],
  ['\u0085', 'NEXT LINE (U+0085)'],
]);

/**
 * Control characters other than tab and the line ends, soft ones too (C0, DEL, C1): no text layer means them,
 * and passed through they reach the output, where an escape sequence (`ESC [2J`) drives the
 * terminal the Markdown is printed to. Each is removed and recorded. (XML readers refuse them:
 * XML 1.0 does not allow them; a PDF's glyphs that map to them are read as spaces.)
 */
const CONTROL_CHARACTERS = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;

/** CONTROL_CHARACTERS without the global flag: is there one at all? */
const HAS_CONTROL_CHARACTER = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/;

/** The control characters of a line in a text that has none. */
const NO_CONTROLS: readonly number[] = [];

/** Indices of the control characters in `line`, in order. */
function controlCharacters(line: string): number[] {
  const out: number[] = [];
  // Nearly every line has none: one test, without the iterator and regex copy `matchAll` makes per line.
  if (!HAS_CONTROL_CHARACTER.test(line)) return out;
  for (const m of line.matchAll(CONTROL_CHARACTERS)) out.push(m.index!);
  return out;
}

function makeBlock(lines: Line[]): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    kind: 'text',
    lines,
    source: { page: first.source.page, span: { start: first.source.span!.start, end: last.source.span!.end } },
  };
}
