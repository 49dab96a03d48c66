/**
 * A caption is the text set right under a photo (or right beside it), in a
 * caption face: smaller than the body, or italic. The text rules find
 * captions by their wording (`… in a file photo`, a credit at the end); the
 * PDF shows where the photo is, so a caption of any wording or length is
 * found: d2_001's 29-line caption in 7.5 pt (body 9.5 pt) directly under its
 * photo, ending in `— AFP`, was read as a story paragraph and its credit as a
 * sign-off. Photos are never decoded: the reader gives their placement boxes.
 * Runs after the text rules, on units they left undecided: a byline or a
 * credit line under a photo keeps its kind.
 */
import type { Block, Box, Graphic, Page } from '../../../model/types.js';
import { verdict, type PageContext } from '../rules/types.js';
import { fmtBox, overlapX, overlapY, photos, typeStyle, type TypeStyle } from './evidence.js';

/** Caption type is at most this × the body size (dev: 7.5–8 pt captions under 9.5–10 pt body; body type varies ±3 %). */
export const CAPTION_SIZE_RATIO = 0.92;
/** …or this share of its characters is italic (dev005 `The skyline of Manila…` 8 pt italic). */
export const CAPTION_ITALIC_SHARE = 0.8;
/** The caption starts within this many body sizes under the photo's bottom edge (dev: 0.5–1.2). */
export const CAPTION_GAP_EM = 2;
/** Beside a photo: its left edge within this many body sizes of the photo's right edge (or the reverse). */
export const BESIDE_GAP_EM = 1.5;
/** Under a photo, the caption lies within the photo's width, give or take this many body sizes. */
export const WIDTH_SLACK_EM = 1;

/** `body`: the page's body type size (bodySize), computed once by geometryVerdicts. */
export function captionUnderPhotoVerdicts(page: Page, ctx: PageContext, body: number): void {
  const pics = photos(page);
  if (!pics.length) return;
  for (const u of ctx.units) {
    if (ctx.verdicts[u.index] || !u.block.box || u.words === 0) continue;
    const style = typeStyle(u.block);
    if (!style || !captionFace(style, body)) continue;
    if (runsOn(u, ctx)) continue;
    const hit = photoAbove(u.block, pics, page, body) ?? photoBeside(u.block, pics, page, body);
    if (!hit) continue;
    const face = style.size <= CAPTION_SIZE_RATIO * body ? `${style.size} pt (body ${body} pt)` : `italic ${style.size} pt`;
    ctx.verdicts[u.index] = verdict('caption', 'classify/geometry/caption-under-photo', 0.85, `set in ${face}, ${hit.where} the photo ${fmtBox(hit.photo.box)}`);
  }
}

/** Wholly bold small type is a heading (dev008's 6.8 pt bold `Understand` under a photo), not a caption. */
export const HEADING_BOLD_SHARE = 0.8;

function captionFace(style: TypeStyle, body: number): boolean {
  if (style.bold >= HEADING_BOLD_SHARE) return false;
  return style.size <= CAPTION_SIZE_RATIO * body || (style.italic >= CAPTION_ITALIC_SHARE && style.size <= body * 1.05);
}

/**
 * A caption that runs on into the next column (dev016 `… tweet to stu-` ⏎ `dent Ahmed …` at the top of
 * the next column) is left to the text rules and reflow, which join the pieces; a caption of one
 * piece would leave its tail as a paragraph.
 */
function runsOn(u: PageContext['units'][number], ctx: PageContext): boolean {
  const next = ctx.units[u.index + 1];
  return u.endsOpen && !!next && next.startsLower;
}

/** The photo whose bottom edge the block starts right under, with no other text between them. */
function photoAbove(block: Block, pics: readonly Graphic[], page: Page, body: number): { photo: Graphic; where: string } | null {
  const box = block.box!;
  for (const photo of pics) {
    const p = photo.box;
    const gap = box.y0 - p.y1;
    if (gap < -0.25 * body || gap > CAPTION_GAP_EM * body) continue;
    if (box.x0 < p.x0 - WIDTH_SLACK_EM * body || box.x1 > p.x1 + WIDTH_SLACK_EM * body) continue;
    if (blockBetween(page, block, { x0: box.x0, y0: p.y1, x1: box.x1, y1: box.y0 })) continue;
    return { photo, where: `${Math.round(gap * 10) / 10} pt under` };
  }
  return null;
}

/** The photo the block stands right beside, its top no higher than the photo's. */
function photoBeside(block: Block, pics: readonly Graphic[], page: Page, body: number): { photo: Graphic; where: string } | null {
  const box = block.box!;
  for (const photo of pics) {
    const p = photo.box;
    if (box.y0 < p.y0 - 0.25 * body || overlapY(box, p) < 0.8 * (box.y1 - box.y0)) continue;
    const right = box.x0 - p.x1;
    const left = p.x0 - box.x1;
    const gap = right >= -0.25 * body ? right : left;
    if (gap < -0.25 * body || gap > BESIDE_GAP_EM * body) continue;
    const between = right >= -0.25 * body ? { x0: p.x1, y0: box.y0, x1: box.x0, y1: box.y1 } : { x0: box.x1, y0: box.y0, x1: p.x0, y1: box.y1 };
    if (blockBetween(page, block, between)) continue;
    return { photo, where: `${Math.round(gap * 10) / 10} pt ${right >= -0.25 * body ? 'right of' : 'left of'}` };
  }
  return null;
}

function blockBetween(page: Page, self: Block, area: Box): boolean {
  if (area.y1 - area.y0 <= 0.5 && area.x1 - area.x0 <= 0.5) return false;
  return page.blocks.some((b) => b !== self && b.box && overlapX(b.box, area) > 0.5 && overlapY(b.box, area) > 0.5);
}
