/**
 * The steps an OCR page (ALTO or hOCR) goes through once its blocks are built, in order. Both readers
 * run the same steps: each repairs what OCR engines do to a newspaper page, whatever file format they
 * write it in (docs/readers-ocr.md has each step's evidence).
 */
import type { Block, Page } from '../../model/types.js';
import type { Message } from '../../model/messages.js';
import { markRunningHeads } from './running-heads.js';
import { joinSplitLines } from './line-join.js';
import { joinWrappedLines } from './wrapped-line.js';
import { placeColumnPieces } from './column-pieces.js';
import { raiseLateHeads } from './late-heads.js';
import { readCreditsBeforeCaptions } from './photo-credits.js';
import { mergeRuledBoxes } from './ruled-boxes.js';
import { dropPictureLines } from './picture-lines.js';
import { splitTypeChanges } from './type-change.js';

/** Run the page steps on one built page; `pieces`: the blocks the reader cut out of a column's line (placeColumnPieces). */
export function finishOcrPage(page: Page, messages: Message[], pieces: Set<Block>): void {
  dropPictureLines(page, messages);
  splitTypeChanges(page, messages, pieces);
  joinSplitLines(page, messages);
  joinWrappedLines(page, messages);
  markRunningHeads(page, messages);
  placeColumnPieces(page, pieces, messages);
  raiseLateHeads(page, messages);
  readCreditsBeforeCaptions(page, messages);
  mergeRuledBoxes(page, messages);
}
