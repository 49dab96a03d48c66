/**
 * English calendar words, for the OCR readers' page-geometry evidence (a
 * running head holds a date) and for one OCR repair (a date whose day and
 * year Tesseract glued at the comma). Names and abbreviations as in the
 * Unicode CLDR English calendar data (wide and abbreviated forms, plus the
 * newspaper abbreviation `Sept`).
 */

const MONTHS_WIDE = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A month name, wide or abbreviated (`Feb.`), any case, as one whole word. */
export const MONTH_WORD = new RegExp(`^(?:${MONTHS_WIDE.join('|')}|(?:${MONTHS_ABBR.join('|')})\\.?)$`, 'iu');
/** A weekday name as one whole word, a trailing comma allowed. */
export const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS.join('|')}),?$`, 'iu');

/** A year as printed in a dateline: four digits from 1000 to 2999. */
const YEAR = '[12]\\d{3}';

/**
 * A date in running text: `February 21, 2017`, `21 February 2017`, `Feb. 21,2017`
 * (the last as Tesseract reads it). Used as evidence, never to change text.
 */
export const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTHS_WIDE.join('|')}|(?:${MONTHS_ABBR.join('|')})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*${YEAR}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS_WIDE.join('|')})\\.?,?\\s+${YEAR}\\b`,
  'iu',
);

/**
 * A day and a year glued at their comma, `21,2017`: what Tesseract reads for
 * `21, 2017` when the space after the comma is narrow (150 dpi scans of the dev
 * corpus: every printed `Month D, YYYY` in a running head came out so). Never a
 * number: a thousands separator is followed by three digits, not four.
 * Groups: the day (with its comma), the year, trailing punctuation.
 */
export const GLUED_DAY_YEAR = new RegExp(`^(\\d{1,2},)(${YEAR})([.,;:]?)$`, 'u');
