/** The score table, laid out like the reference scorer's: one row per page, a rule, TOTAL, then a sites line. */
import type { Summary } from './score.js';

/** Columns of the table: summary field, header. */
export const TABLE_COLUMNS: ReadonlyArray<readonly [keyof Summary, string]> = [
  ['word_f1', 'word'],
  ['hyphen_acc', 'hyph'],
  ['dash_acc', 'dash'],
  ['para_f1', 'para'],
  ['order_acc', 'order'],
  ['article_f1', 'art'],
  ['headline_acc', 'head'],
  ['subhead_f1', 'subh'],
  ['caption_f1', 'capt'],
  ['caption_attach_acc', 'attch'],
  ['credit_acc', 'cred'],
  ['byline_acc', 'byln'],
  ['furniture_leak', 'leak'],
];

/** `0.853` → ` .853`; no value → `-`. */
export function formatFigure(v: unknown): string {
  return typeof v === 'number' ? v.toFixed(3).replace(/^0/, ' ') : '   - ';
}

export function formatTable(pages: readonly Summary[], totalRow: Summary): string {
  const width = Math.max(8, ...pages.map((r) => r.id.length));
  const head = `${'page'.padEnd(width)} kind ${TABLE_COLUMNS.map(([, h]) => h.padStart(6)).join('')}  fjoin`;
  const lines = [head];
  const row = (r: Summary): string =>
    `${r.id.padEnd(width)} ${r.kind.slice(0, 4).padEnd(5)}${TABLE_COLUMNS.map(([k]) => formatFigure(r[k]).padStart(6)).join('')}${String(r.false_joins).padStart(7)}`;
  for (const r of pages) lines.push(row(r));
  lines.push('-'.repeat(head.length));
  lines.push(row(totalRow));
  const t = totalRow;
  lines.push(
    `sites: hyphen ${t.hyphen_sites} (compound ${t.compound_sites}, compound_acc ${formatFigure(t.compound_acc).trim()}), ` +
      `dash ${t.dash_sites}; para P/R ${formatFigure(t.para_p).trim()}/${formatFigure(t.para_r).trim()}`,
  );
  return lines.join('\n');
}
