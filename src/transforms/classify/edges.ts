/**
 * Story edges printed inside paragraphs: the dateline at the head of a first
 * paragraph (`SEOUL, Nov 27 —`) and the agency sign-off at the end of the last
 * one (`… friends.”— AFP`, `… affair. [7] (Agencies)`). Both are cut off into
 * blocks of their own (`dateline`, `signoff`) so that neither is paragraph text.
 * A credit alone on a line after body text (not after a caption) is a sign-off too.
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { cutBlock, cutBlockBetween } from '../reflow/blocks.js';
import { AGENCY_LINE, DASH_START, DATELINE_ALONE, datelineIn, endsOnSignoff, signoffDashIn, signoffParenIn } from './patterns.js';

/** A dash ending a line after a sentence end: the sign-off goes on to the next line. */
const TRAILING_DASH = /(?<=[.!?…"”’)\]])\s*(?:\u2014|\u2013|-{1,2})\s*$/u;
/**
 * …or a spaced em or en dash ending the line before a last line that is only an agency: an OCR
 * engine drops the small full stop before the dash (`and down major streets —` ⏎ `Bloomberg`, dev010
 * ALTO and hOCR; the PDF prints `streets.—`). Why this holds on any newspaper: the full stop is the
 * smallest glyph on the line and the first an engine loses, while a paragraph's last line holding
 * nothing but an agency's name (AGENCY_LINE: a closed list) is how papers print a sign-off; a sentence
 * broken at a dash goes on in lower case or with more than a name. It stays a guess (a sentence may
 * end on a dash and a name that is also an agency's): SPACED_SIGNOFF_CONFIDENCE, and its evidence
 * names the pattern.
 */
const SPACED_TRAILING_DASH = /\s(?:\u2014|\u2013)\s*$/u;
/** A sign-off cut at `.—` (or `”—`): the sentence end before the dash makes it certain. */
export const SIGNOFF_CONFIDENCE = 0.85;
/**
 * A sign-off found from a spaced dash alone: the full stop is guessed (a lost point, or a sentence
 * that really broke at a dash before a word that is also an agency's name), so it is less sure.
 */
export const SPACED_SIGNOFF_CONFIDENCE = 0.7;

/** Kinds that do not interrupt a story's flow when looking for the block before a credit. */
const ASIDE = new Set(['furniture', 'jump', 'advert', 'pullquote', 'kicker']);

export function splitEdges(page: Page, doc: GalleyDocument): void {
  const out: Block[] = [];
  for (const block of page.blocks) {
    if (block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    let rest: Block | null = block;
    // Dateline at the head.
    let m = datelineIn(block.lines[0]!.text);
    const wholeLine = m !== null && m[0].length >= block.lines[0]!.text.trimEnd().length;
    // Broken before its dash: the place on the first line, the dash opening the second.
    let dashAt = -1;
    if (!m && block.lines.length > 1 && DATELINE_ALONE.test(block.lines[0]!.text)) {
      const d = DASH_START.exec(block.lines[1]!.text);
      if (d) {
        m = DATELINE_ALONE.exec(block.lines[0]!.text);
        dashAt = d[0].length - 1;
      }
    }
    if (m && (!wholeLine || block.lines.length > 1)) {
      // The dateline is the first line's head, or (`HONG KONG, Feb 24 —` alone) the whole first line,
      // or the first line and the dash opening the second.
      const parts = dashAt >= 0 ? cutBlock(block, 1, dashAt) : wholeLine ? cutBlockBetween(block, 1) : cutBlock(block, 0, m[0].length);
      if (parts) {
        const [head, body] = parts;
        head.kind = 'dateline';
        head.decision = { rule: 'classify/dateline', confidence: 0.9, evidence: `place and date before a dash: "${m[1]}"` };
        out.push(head);
        if (block.decision) body.decision = { ...block.decision };
        rest = body;
        doc.messages.push({ rule: 'classify/dateline', severity: 'info', text: `dateline "${m[1]}" split off the paragraph`, source: head.source, confidence: 0.9 });
      }
    }
    // Sign-off at the end, or over the last two lines (`… miners.—` ⏎ `Reuters`).
    let li = rest.lines.length - 1;
    const last = rest.lines[li]!;
    let s = signoffDashIn(last.text) ?? signoffParenIn(last.text);
    // Found from a spaced dash with no sentence end before it (an OCR-dropped full stop: a guess).
    let spaced = false;
    if (!s && li > 0 && AGENCY_LINE.test(last.text.trim())) {
      const before = rest.lines[li - 1]!;
      const certain = TRAILING_DASH.exec(before.text);
      const dash = certain ?? SPACED_TRAILING_DASH.exec(before.text);
      if (dash) {
        spaced = !certain;
        li -= 1;
        s = Object.assign([dash[0], last.text.trim()], { index: dash.index, input: before.text }) as RegExpExecArray;
      }
    }
    if (s) {
      const at = s.index + (s[0].length - s[0].trimStart().length);
      const parts = at > 0 || li > 0 ? cutBlock(rest, li, at) : null;
      if (parts) {
        const [body, tail] = parts;
        tail.kind = 'signoff';
        const confidence = spaced ? SPACED_SIGNOFF_CONFIDENCE : SIGNOFF_CONFIDENCE;
        const how = spaced ? ' (after a spaced dash ending the line before: the full stop before it taken for lost)' : '';
        tail.decision = { rule: 'classify/signoff', confidence, evidence: `agency after the last sentence: "${s[1]}"${how}` };
        out.push(body, tail);
        doc.messages.push({ rule: 'classify/signoff', severity: 'info', text: `sign-off "${s[1]}" split off the paragraph${how}`, source: tail.source, confidence });
        continue;
      }
    }
    out.push(rest);
  }
  // A credit alone after body text is the story's sign-off, not a photo credit.
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if (b.kind !== 'caption-credit') continue;
    let j = i - 1;
    while (j >= 0 && ASIDE.has(out[j]!.kind)) j--;
    const prev = out[j];
    const text = b.lines.map((l) => l.text).join(' ').trim();
    if (prev && prev.kind === 'paragraph' && endsOnSignoff(text)) {
      b.kind = 'signoff';
      b.decision = { rule: 'classify/signoff', confidence: 0.75, evidence: 'an agency credit right after body text' };
      doc.messages.push({ rule: 'classify/signoff', severity: 'info', text: 'credit after body text read as the sign-off', source: b.source, confidence: 0.75 });
    }
  }
  page.blocks = out;
}
