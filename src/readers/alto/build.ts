/**
 * The raw ALTO tree (parse.ts) → Galley pages: TextBlock → `text` block,
 * TextLine → Line, String → Word (CONTENT, box, WC confidence, font from
 * STYLEREFS/TextStyle and STYLE, SUBS_CONTENT as `substitution`), HYP → the
 * line's trailing `-`, Illustration/GraphicalElement/picture ComposedBlock →
 * page graphics. Blocks keep the file's order (ALTO producers write reading
 * order; see docs/readers-ocr.md), except a running head/foot row found from
 * the page geometry (../xml/running-heads.ts), which moves to the start/end.
 */
import type { Block, Font, Graphic, Line, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import type { RawLine, RawWord } from '../xml/ocr-model.js';
import { buildBlocks, buildLines, lazyMeasures } from '../xml/split.js';
import type { AltoRaw, AltoString, AltoTextStyle } from './parse.js';
import { altoUnit } from './units.js';
import { altoConfidence, isTesseract } from './confidence.js';
import { pushAll } from '../xml/geometry.js';
import { finishOcrPage } from '../xml/page-steps.js';

export interface AltoBuildOptions {
  /** Scan resolution in dots per inch, for pixel coordinates (ALTO files do not record it). */
  dpi?: number;
  /** Number of the first page (1-based): a folder of files continues the numbering. */
  firstPage?: number;
  /** File name recorded on each page (when a document is read from several files). */
  file?: string;
}

/** Resolves STYLEREFS and STYLE tokens to shared Font objects. */
class FontResolver {
  private readonly cache = new Map<string, Font | undefined>();
  constructor(
    private readonly styles: Map<string, AltoTextStyle>,
    private readonly pointsPerUnit: number | undefined,
  ) {}

  resolve(refs: readonly string[], extra: readonly string[] = []): Font | undefined {
    const key = `${refs.join(' ')}|${extra.join(' ')}`;
    if (this.cache.has(key)) return this.cache.get(key);
    let family: string | undefined;
    let points: number | undefined;
    const flags = new Set<string>();
    for (const ref of refs) {
      const s = this.styles.get(ref);
      if (!s) continue; // a ParagraphStyle or a dangling reference
      if (s.family) family = s.family;
      if (s.size !== undefined) points = s.size;
      for (const t of s.styles) flags.add(t);
    }
    for (const t of extra) flags.add(t);
    const font: Font = {};
    if (family) font.name = family;
    if (points !== undefined) {
      font.points = points;
      if (this.pointsPerUnit) font.size = points / this.pointsPerUnit;
    }
    if (flags.has('bold')) font.bold = true;
    if (flags.has('italics') || flags.has('italic')) font.italic = true;
    if (flags.has('smallCaps')) font.smallCaps = true;
    const out = Object.keys(font).length > 0 ? font : undefined;
    this.cache.set(key, out);
    return out;
  }
}

function rawWord(s: AltoString, lineRefs: readonly string[], fonts: FontResolver, tesseract: boolean): RawWord {
  const w: RawWord = { text: s.content };
  if (s.box) w.box = s.box;
  const confidence = altoConfidence(s.wc, tesseract);
  if (confidence !== undefined) w.confidence = confidence;
  if (s.id) w.id = s.id;
  const font = fonts.resolve([...lineRefs, ...s.styleRefs], s.styles);
  if (font) w.font = font;
  if (s.subsContent && /^HypPart[12]$/.test(s.subsType ?? '')) w.substitution = s.subsContent;
  if (s.subsType === 'HypPart1') w.hyphenStart = true;
  return w;
}

export function buildAltoPages(raw: AltoRaw, file: string, messages: Message[], options: AltoBuildOptions = {}): Page[] {
  const unit = altoUnit(raw.unit, options.dpi);
  const first = options.firstPage ?? 1;
  if (unit.warning) messages.push({ rule: 'reader/units', severity: 'warning', text: `${file}: ${unit.warning}`, source: { page: first } });
  if (raw.strayStrings > 0) {
    messages.push({
      rule: 'reader/not-read',
      severity: 'warning',
      text: `${file}: ${raw.strayStrings} String element(s) outside a TextLine of a TextBlock of a Page were not read (invalid ALTO)`,
      source: { page: first },
    });
  }
  const fonts = new FontResolver(raw.styles, unit.pointsPerUnit);
  const tesseract = isTesseract(raw.software);
  return raw.pages.map((rp, i) => {
    const number = first + i;
    const page: Page = { number, blocks: [], graphics: [], unit: unit.unit };
    if (unit.pointsPerUnit !== undefined) page.pointsPerUnit = unit.pointsPerUnit;
    if (rp.width !== undefined) page.width = rp.width;
    if (rp.height !== undefined) page.height = rp.height;
    if (options.file) page.file = options.file;
    const pieces = new Set<Block>();
    // Every text line of the page as read, first: a line is cut at a narrow gap only where the page's other lines show columns (split.ts).
    const rawLines = new Map<AltoRaw['pages'][number]['items'][number], RawLine[]>();
    for (const item of rp.items) {
      if (item.type === 'graphic') continue;
      rawLines.set(
        item,
        item.lines.map((rl) => {
          // Styles are inherited: a TextBlock's TextStyle applies to its lines, a line's to its strings.
          const lineRefs = [...item.styleRefs, ...rl.styleRefs];
          const lineFont = fonts.resolve(lineRefs);
          return {
            words: rl.strings.map((s) => rawWord(s, lineRefs, fonts, tesseract)),
            ...(rl.box ? { box: rl.box } : {}),
            ...(rl.id ? { id: rl.id } : {}),
            ...(rl.hyphen ? { hyphen: rl.hyphen } : {}),
            ...(lineFont ? { font: lineFont } : {}),
          };
        }),
      );
    }
    const measures = lazyMeasures(() => [...rawLines.values()].flat());
    for (const item of rp.items) {
      if (item.type === 'graphic') {
        const g: Graphic = { kind: item.kind, box: item.box, source: { page: number, box: item.box, ...(item.id ? { id: item.id } : {}) } };
        page.graphics.push(g);
        continue;
      }
      const rows: Line[][] = [];
      for (const rl of rawLines.get(item) ?? []) {
        const pieces = buildLines(rl, number, messages, measures);
        if (pieces.length) rows.push(pieces);
      }
      const blockFont = fonts.resolve(item.styleRefs);
      const built = buildBlocks(
        { rows, ...(item.box ? { box: item.box } : {}), ...(item.id ? { id: item.id } : {}), ...(blockFont ? { font: blockFont } : {}) },
        number,
        messages,
        pieces,
      );
      pushAll(page.blocks, built);
    }
    finishOcrPage(page, messages, pieces);
    if (page.blocks.length === 0) {
      messages.push({ rule: 'reader/no-text', severity: 'warning', text: `page ${number}${rp.id ? ` (${rp.id})` : ''} has no text`, source: { page: number } });
    }
    return page;
  });
}
