/**
 * `galley eval --truth <METS file | folder>`: a collection's own article
 * segmentation (METS logical structure map over ALTO pages) as the truth.
 * On the hand-made two-page issue of test/fixtures/ocr/mets/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { readMetsTruth } from '../../src/readers/mets/index.js';
import { isMetsFile, metsFilesIn, scorePage, summarize, toEvalDoc } from '../../src/eval/index.js';
import { restore } from '../../src/pipeline.js';
import { toOutput } from '../../src/writers/json/index.js';
import { fakeIO, tempDir } from '../cli/harness.js';
import type { GalleyDocument } from '../../src/model/types.js';

const DIR = 'test/fixtures/ocr/mets';
const METS = join(DIR, 'issue.mets.xml');

interface Report {
  pages: Array<{ id: string; article_f1: number; word_f1: number }>;
  total: Record<string, unknown>;
  counts: {
    article: { tp: number; nt: number; np: number };
    word: { tp: number; nt: number; np: number };
    caption: { nt: number };
    subhead: { nt: number };
    byline: { n: number };
    credit: { n: number };
  };
}

async function evalJson(truth: string, extra: string[] = [], restoreWith?: () => GalleyDocument): Promise<{ code: number; report: Report; err: string }> {
  const io = restoreWith ? fakeIO({ restore: restoreWith }) : fakeIO();
  const code = await main(['eval', '--truth', truth, '--json', ...extra], io);
  return { code, report: (io.out.text ? JSON.parse(io.out.text) : null) as Report, err: io.err.text };
}

test('METS file: one scored page per ALTO file, against the articles of the logical structure map', async () => {
  const { code, report, err } = await evalJson(METS);
  assert.equal(code, 0, err);
  assert.deepEqual(report.pages.map((p) => p.id), ['alto_00001', 'alto_00002']);
  // The truth counted is the METS reader's: its articles and words, page by page.
  const entries = readMetsTruth(METS);
  assert.equal(report.counts.article.nt, entries.reduce((n, e) => n + e.truth.articles.length, 0));
  // Each page is Galley's output on that page's ALTO file scored against that page's truth.
  for (const e of entries) {
    const doc = restore({ name: e.files[0]!, bytes: readFileSync(e.files[0]!) });
    const own = summarize(scorePage(e.id, toEvalDoc(e.truth), e.rawText, { kind: 'json', doc: toEvalDoc(toOutput(doc)) }));
    const row = report.pages.find((p) => p.id === e.id)!;
    assert.equal(row.article_f1, own.article_f1);
    assert.equal(row.word_f1, own.word_f1);
    assert.ok(row.word_f1 > 0.9, `${e.id}: Galley reads the page's words (${row.word_f1})`);
  }
  // What the METS file points at but cannot be mapped is said once, on stderr.
  assert.match(err, /^galley eval: note: .*issue\.mets\.xml: area ALTO00002 P2_TB00099: no element with that ID/mu);
  assert.equal(err.split('\n').filter((l) => l.includes('P2_TB00099')).length, 1);
});

test('METS folder: the same as the METS file; several METS files have their pages prefixed by the file name', async () => {
  const file = await evalJson(METS);
  const folder = await evalJson(DIR);
  assert.deepEqual(folder.report.total, file.report.total);
  const two = tempDir('galley-mets-');
  cpSync(join(DIR, 'alto'), join(two, 'alto'), { recursive: true });
  cpSync(METS, join(two, 'a.xml'));
  cpSync(METS, join(two, 'b.xml'));
  assert.deepEqual(metsFilesIn(two), [join(two, 'a.xml'), join(two, 'b.xml')]);
  const both = await evalJson(two);
  assert.deepEqual(both.report.pages.map((p) => p.id), ['a/alto_00001', 'a/alto_00002', 'b/alto_00001', 'b/alto_00002']);
  const only = await evalJson(two, ['--pages', 'b/alto_00002']);
  assert.deepEqual(only.report.pages.map((p) => p.id), ['b/alto_00002']);
});

test('METS sniffing: METS roots with and without prefix; ALTO and non-XML are not METS', () => {
  const d = tempDir('galley-mets-sniff-');
  const w = (name: string, text: string): string => {
    writeFileSync(join(d, name), text);
    return join(d, name);
  };
  assert.equal(isMetsFile(METS), true);
  assert.equal(isMetsFile(w('plain.xml', '<?xml version="1.0"?>\n<!-- c -->\n<mets xmlns="http://www.loc.gov/METS/"><structMap/></mets>')), true);
  assert.equal(isMetsFile(join(DIR, 'alto', '00001.xml')), false);
  assert.equal(isMetsFile(w('mets.txt', '<mets:mets/>')), false);
  assert.equal(isMetsFile(w('metsHdr.xml', '<metsHdr/>')), false);
});

test('usage errors: a METS without a logical structure map, an XML file that is not METS, a missing path (exit 2)', async () => {
  const d = tempDir('galley-mets-bad-');
  const flat = join(d, 'flat.xml');
  writeFileSync(flat, '<mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:structMap TYPE="PHYSICAL"/></mets:mets>');
  const a = fakeIO();
  assert.equal(await main(['eval', '--truth', flat], a), 2);
  assert.match(a.err.text, /^galley eval: .*flat\.xml: the METS file has no logical structure map/u);
  const b = fakeIO();
  assert.equal(await main(['eval', '--truth', join(DIR, 'alto', '00001.xml')], b), 2);
  assert.match(b.err.text, /not a METS file: the root element is <alto>/u);
  const c = fakeIO();
  assert.equal(await main(['eval', '--truth', join(d, 'nothing.xml')], c), 2);
  assert.equal(c.err.text, `galley eval: ${join(d, 'nothing.xml')}: no such file or directory\n`);
});

test('METS file: truth counts hand-counted from the fixture; an empty prediction scores 0 by construction', async () => {
  // issue.mets.xml by hand: ARTICLE "Harbour works begun" (page 1, carried on to page 2 by P2_TB00001) and
  // ARTICLE "Council meets" (page 2): 3 page articles. One CAPTION, one CREDIT, one AUTHOR (all page 1),
  // one HEADING inside a BODY (a subhead, page 1). ADVERTISEMENT and WEATHER are no articles.
  const { code, report } = await evalJson(METS);
  assert.equal(code, 0);
  assert.equal(report.counts.article.nt, 3);
  assert.equal(report.counts.caption.nt, 1);
  assert.equal(report.counts.credit.n, 1);
  assert.equal(report.counts.byline.n, 1);
  assert.equal(report.counts.subhead.nt, 1);
  // Page 2 holds the end of one article and all of another; Galley finds both (a floor: it did when written).
  assert.equal(report.pages.find((p) => p.id === 'alto_00002')!.article_f1, 1);
  // Nothing predicted: no article and no word matched, whatever the truth, and the truth is counted the same.
  const empty = (): GalleyDocument => ({ name: 'empty', format: 'alto', pages: [], articles: [], furniture: [], messages: [] });
  const none = await evalJson(METS, [], empty);
  assert.equal(none.code, 0);
  assert.equal(none.report.counts.article.np, 0);
  assert.equal(none.report.counts.article.tp, 0);
  assert.equal(none.report.counts.word.tp, 0);
  assert.equal(none.report.counts.article.nt, 3);
  assert.equal(none.report.counts.word.nt, report.counts.word.nt);
  for (const p of none.report.pages) {
    assert.equal(p.article_f1, 0, p.id);
    assert.equal(p.word_f1, 0, p.id);
  }
});

test('METS folder: a dangling *.xml symlink beside the METS file is skipped, not a crash', async () => {
  const d = tempDir('galley-mets-dangling-');
  cpSync(join(DIR, 'alto'), join(d, 'alto'), { recursive: true });
  cpSync(METS, join(d, 'issue.mets.xml'));
  symlinkSync(join(d, 'gone.xml'), join(d, 'broken.xml'));
  assert.equal(isMetsFile(join(d, 'broken.xml')), false);
  assert.deepEqual(metsFilesIn(d), [join(d, 'issue.mets.xml')]);
  const file = await evalJson(METS);
  const folder = await evalJson(d);
  assert.equal(folder.code, 0, folder.err);
  assert.deepEqual(folder.report.total, file.report.total);
});

test('METS file: a page of the issue that is one picture (ALTO with no String) is scored as an empty page, not a failure', async () => {
  // A full-page advertisement printed as an image: the collection lists the page (an ADVERTISEMENT
  // div pointing at its Illustration), its ALTO has no text. The ALTO reader refuses such a file when
  // it is given alone (readers/xml/no-text.ts); as a page of an issue it is Galley's answer "no text".
  const d = tempDir('galley-mets-picture-');
  cpSync(join(DIR, 'alto'), join(d, 'alto'), { recursive: true });
  writeFileSync(
    join(d, 'alto', '00003.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><MeasurementUnit>mm10</MeasurementUnit></Description>' +
      '<Layout><Page ID="P3" WIDTH="3000" HEIGHT="4200" PHYSICAL_IMG_NR="3"><PrintSpace ID="P3_PS00001">' +
      '<Illustration ID="P3_IL00001" HPOS="100" VPOS="100" WIDTH="2800" HEIGHT="4000"/></PrintSpace></Page></Layout></alto>\n',
  );
  const mets = readFileSync(METS, 'utf8')
    .replace('</mets:fileGrp>', '<mets:file ID="ALTO00003" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="alto/00003.xml"/></mets:file></mets:fileGrp>')
    .replace('<mets:div ID="DIVL25" TYPE="WEATHER">', '<mets:div ID="DIVL30" TYPE="ADVERTISEMENT"><mets:fptr><mets:area FILEID="ALTO00003" BEGIN="P3_IL00001" BETYPE="IDREF"/></mets:fptr></mets:div><mets:div ID="DIVL25" TYPE="WEATHER">');
  writeFileSync(join(d, 'issue.mets.xml'), mets);
  const { code, report, err } = await evalJson(join(d, 'issue.mets.xml'));
  assert.equal(code, 0, err);
  const page = report.pages.find((p) => p.id === 'alto_00003') as { kind?: string } | undefined;
  assert.equal(page?.kind, 'json');
  assert.match(err, /00003\.xml: its only page has no text .*\(scored as an empty page\)/u);
  assert.doesNotMatch(err, /scored as missing/u);
});
