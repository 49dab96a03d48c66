/**
 * Hostile and unusual files given to the `galley` command, made here: each
 * case asserts the exit code and the exact lines on stderr (the file named,
 * the problem said, no stack trace), and that time stays bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { galley, ROOT, tempDir } from './harness.js';

const dir = tempDir('galley-hostile-');
const file = (name: string, bytes: string | Uint8Array): string => {
  writeFileSync(join(dir, name), bytes);
  return name;
};

test('UTF-16 newspaper text with em dashes and curly quotes is decoded, not refused as binary', () => {
  // U+2014 and U+2018–U+201D have the low bytes 0x14, 0x18–0x1D: control bytes when a code unit is cut to one byte
  const text = 'The mayor \u2014 who spoke on Tuesday \u2014 said \u201cthe bridge\u201d would reopen.\nIt\u2019s the \u2018best\u2019 news.\n';
  const le = Buffer.from(text, 'utf16le');
  for (const [name, bytes, label] of [
    ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE'],
    ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), 'UTF-16BE'],
  ] as const) {
    const r = galley([file(name, bytes), '--format', 'text'], { cwd: dir });
    assert.equal(r.stderr, `${name}:p1  warning  not UTF-8; decoded as ${label} (byte-order mark)  reader/encoding\n`);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /The mayor — who spoke on Tuesday — said “the bridge” would reopen\./);
  }
});

test('a line of 300,000 tabs between two letters is read in linear time (the trailing-blank regex took minutes)', () => {
  const started = Date.now();
  const r = galley([file('tabs.txt', `a${'\t'.repeat(300_000)}b\n`), '--format', 'text'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim(), 'a b');
  assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
});

/** The test fixture issue with the second page's href replaced. */
function metsWithPage2(name: string, href: string): string {
  const fixture = join(ROOT, 'test/fixtures/ocr/mets');
  const issue = join(dir, name);
  mkdirSync(issue, { recursive: true });
  cpSync(join(fixture, 'alto'), join(issue, 'alto'), { recursive: true });
  const mets = readFileSync(join(fixture, 'issue.mets.xml'), 'utf8').replace('alto/00002.xml', href);
  assert.notEqual(mets, readFileSync(join(fixture, 'issue.mets.xml'), 'utf8'));
  writeFileSync(join(issue, 'issue.mets.xml'), mets);
  return join(name, 'issue.mets.xml');
}

test('METS: a page file that is a folder, a device, a FIFO, not ALTO, or a bad %-escape is a note; the other page is still scored', () => {
  const pipe = join(dir, 'pipe.xml');
  spawnSync('mkfifo', [pipe]);
  const cases: Array<[string, string, string]> = [
    ['folder', 'alto', 'folder/alto is a folder, not a file'],
    ['device', '/dev/zero', '/dev/zero is not a regular file (a device, a pipe or a socket), so it is not read'],
    ['fifo', pipe, `${pipe} is not a regular file (a device, a pipe or a socket), so it is not read`],
    ['text', '../notalto.xml', 'notalto.xml: XML error at line 2, column 1: text data outside of root node'],
    ['percent', 'alto/100%.xml', 'percent/alto/100%.xml does not exist'],
    ['nul', 'alto/a%00b.xml', 'nul/alto/a\\x00b.xml cannot be read (the name holds a NUL character)'],
  ];
  file('notalto.xml', 'not XML at all\n');
  for (const [what, href, why] of cases) {
    const started = Date.now();
    const mets = metsWithPage2(what, href);
    const r = galley(['eval', '--truth', mets], { cwd: dir });
    assert.equal(r.code, 0, `${what}: ${r.stderr}`);
    const notes = r.stderr.split('\n').filter((l) => l.includes('FILEID'));
    assert.deepEqual(notes, [`galley eval: note: ${mets}: FILEID "ALTO00002": ${why}; its page is left out`], what);
    assert.match(r.stdout, /^alto_00001 /mu, what);
    assert.doesNotMatch(r.stdout, /alto_00002/u, what);
    assert.ok(Date.now() - started < 30_000, `${what}: took ${Date.now() - started} ms`);
  }
});

test('eval --truth on a device or a FIFO: refused at once (exit 2), not read forever', () => {
  const pipe = join(dir, 'truth-pipe.xml');
  spawnSync('mkfifo', [pipe]);
  for (const truth of ['/dev/zero', pipe]) {
    const r = galley(['eval', '--truth', truth], { cwd: dir });
    assert.equal(r.stderr, `galley eval: ${truth}: is not a regular file (a device, a pipe or a socket), so it is not read\n`);
    assert.equal(r.code, 2);
  }
});

test('an ALTO or hOCR file with no text on any page is refused (exit 1), as a blank text file and a text-less PDF are', () => {
  const alto = (pages: string) => `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>${pages}</Layout></alto>`;
  // a String without CONTENT, and a page with an illustration only
  const blank = '<Page ID="p1" WIDTH="1000" HEIGHT="1000"><PrintSpace><TextBlock><TextLine><String HPOS="1" VPOS="1" WIDTH="5" HEIGHT="5"/></TextLine></TextBlock></PrintSpace></Page>';
  const picture = '<Page ID="p2" WIDTH="1000" HEIGHT="1000"><PrintSpace><Illustration HPOS="0" VPOS="0" WIDTH="900" HEIGHT="900"/></PrintSpace></Page>';
  const hocr = '<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocr_line" title="bbox 1 1 50 10"><span class="ocrx_word" title="bbox 1 1 50 10"> </span></span></div></body></html>';
  const cases: Array<[string, string, string]> = [
    ['blank.alto.xml', alto(blank), 'its only page has no text (no String with CONTENT): a blank page, or pictures only'],
    ['two.alto.xml', alto(blank + picture), 'none of its 2 pages has text (no String with CONTENT): a blank page, or pictures only'],
    ['blank.hocr', hocr, 'its only page has no text (no ocrx_word or ocr_line with text): a blank page, or pictures only'],
  ];
  for (const [name, content, problem] of cases) {
    const r = galley([file(name, content)], { cwd: dir });
    assert.equal(r.stderr, `galley: ${name}: ${problem}\n`);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
  }
  // one blank page among pages with text: read, with the page's warning
  const some = galley([file('some.alto.xml', alto(blank.replace('<String ', '<String CONTENT="Words" ') + picture))], { cwd: dir });
  assert.equal(some.code, 0, some.stderr);
  assert.equal(some.stderr, 'some.alto.xml:p2  warning  page 2 (p2) has no text  reader/no-text\n');
  assert.match(some.stdout, /Words/);
});

test('UTF-16 ALTO and hOCR are read as ALTO and hOCR, with or without a byte-order mark, whatever their name (were read as text: tags in the output, exit 0)', () => {
  const alto =
    '<?xml version="1.0" encoding="UTF-16"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="p1" WIDTH="1000" HEIGHT="1000"><PrintSpace>' +
    '<TextBlock><TextLine><String CONTENT="Harbour" HPOS="10" VPOS="10" WIDTH="80" HEIGHT="15"/><SP/><String CONTENT="reopens" HPOS="100" VPOS="10" WIDTH="80" HEIGHT="15"/></TextLine></TextBlock>' +
    '</PrintSpace></Page></Layout></alto>';
  const le = Buffer.from(alto, 'utf16le');
  const bom = Buffer.from([0xff, 0xfe]);
  for (const [name, bytes] of [
    ['page.xml', Buffer.concat([bom, le])],
    ['page.txt', Buffer.concat([bom, le])],
    ['nobom.alto.xml', le],
    ['be.xml', Buffer.from(le).swap16()],
  ] as const) {
    const r = galley([file(name, bytes), '--format', 'text'], { cwd: dir });
    assert.equal(r.stderr, '', name);
    assert.equal(r.code, 0, name);
    assert.equal(r.stdout, 'Harbour reopens\n', name);
  }
  const hocr = '<html><body><div class="ocr_page" title="bbox 0 0 500 500"><span class="ocr_line" title="bbox 10 10 200 30"><span class="ocrx_word" title="bbox 10 10 90 30">Harbour</span> <span class="ocrx_word" title="bbox 100 10 200 30">reopens</span></span></div></body></html>';
  const fromStdin = galley(['-', '--format', 'text'], { cwd: dir, input: Buffer.from(hocr, 'utf16le') });
  assert.equal(fromStdin.code, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout, 'Harbour reopens\n');
  // UTF-16 markup that is neither is refused as UTF-8 markup is
  const svg = Buffer.concat([bom, Buffer.from('<?xml version="1.0" encoding="UTF-16"?><svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', 'utf16le')]);
  const r = galley([file('pic.txt', svg)], { cwd: dir });
  assert.equal(r.stderr, 'galley: pic.txt: XML or HTML, but neither ALTO (root element <alto>) nor hOCR (no element of class ocr_page); its root element is <svg>\n');
  assert.equal(r.code, 1);
});

test('eval on a corpus folder: a page input that is a folder or a link to /dev/zero is scored as missing (was internal error EISDIR, or read forever); a truth.json that is not JSON is named', () => {
  const truth = JSON.stringify({ id: 'p', articles: [{ headline: 'Harbour reopens', deck: null, byline: null, dateline: null, credit: null, blocks: [{ type: 'paragraph', text: 'The harbour reopened on Monday.' }], captions: [] }], furniture: [] });
  const corpus = join(dir, 'corpus');
  for (const id of ['a', 'b', 'c']) {
    mkdirSync(join(corpus, id), { recursive: true });
    writeFileSync(join(corpus, id, 'truth.json'), truth);
  }
  writeFileSync(join(corpus, 'a', 'page.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday.\n');
  mkdirSync(join(corpus, 'b', 'page.txt'));
  symlinkSync('/dev/zero', join(corpus, 'c', 'page.txt'));
  const started = Date.now();
  const r = galley(['eval', '--truth', 'corpus'], { cwd: dir });
  assert.equal(
    r.stderr,
    'galley eval: corpus/b/page.txt: is a directory (scored as missing)\ngalley eval: corpus/c/page.txt: the file is binary, not text (no reader for this format) (scored as missing)\n',
  );
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^a /mu);
  assert.ok(Date.now() - started < 30_000);
  writeFileSync(join(corpus, 'a', 'truth.json'), '{not json');
  const bad = galley(['eval', '--truth', 'corpus', '--pages', 'a'], { cwd: dir });
  // (the JSON parser's own words differ between Node versions)
  assert.ok(bad.stderr.startsWith(`galley eval: ${join('corpus', 'a', 'truth.json')}: not valid JSON: `), bad.stderr);
  assert.equal(bad.stderr.split('\n').length, 2, bad.stderr);
  assert.equal(bad.code, 1);
});

// A hang guard, not a speed measure: each of these one-line pages took from seconds to minutes while a
// pattern retried every position inside a long run (classify/patterns.ts WEB, the furniture rule's domain
// and separator patterns, reflow's broken-word halves, segment/lead.ts).
test('one-line pages of long runs (Ab-Ab-…, a-a-…., dashes and spaces, pipes) are read in linear time', { timeout: 120_000 }, () => {
  const pages: Record<string, string> = {
    'ab.txt': 'Ab-'.repeat(100_000),
    'dots.txt': `${'a-'.repeat(100_000)}.`,
    'dashes.txt': `x${' -'.repeat(100_000)}x`,
    'pipes.txt': `x${' '.repeat(200_000)}x`,
  };
  for (const [name, text] of Object.entries(pages)) {
    const r = galley([file(name, `${text}\n`), '--format', 'text'], { cwd: dir });
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0, name);
  }
});
