/**
 * The example page (../shared/examples/seed-page.txt, loaded at run time, never
 * copied): a photo story of five Corgi captions (one group credit) and a
 * documentary feature with nine paragraphs, two subheads, five captions with
 * their group credit and the agency sign-off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run, sharedFile, squash } from './helpers.js';

const seed = sharedFile('examples', 'seed-page.txt');
const skip = seed ? false : 'needs ../shared/examples/seed-page.txt';

function load() {
  return run(readFileSync(seed!, 'utf8'), 'seed-page.txt').out;
}

test('seed page: a photo story and a feature', { skip }, () => {
  const out = load();
  assert.equal(out.articles.length, 2);
  const photo = out.articles.filter((a) => a.blocks.length === 0);
  const feature = out.articles.filter((a) => a.blocks.length > 0);
  assert.equal(photo.length, 1, 'one photo-only story');
  assert.equal(feature.length, 1, 'one story with body text');
});

test('seed page: the photo story holds the five Corgi captions and one group credit', { skip }, () => {
  const photo = load().articles.find((a) => a.blocks.length === 0)!;
  assert.equal(photo.captions.length, 5);
  for (const c of photo.captions) assert.match(c.text, /Corgi/);
  assert.deepEqual(
    photo.captions.map((c) => c.credit).filter(Boolean),
    ['AFP photos'],
  );
  // Identical captions printed under two photos stay two captions.
  const texts = photo.captions.map((c) => squash(c.text));
  assert.ok(texts.length - new Set(texts).size >= 1, 'the caption printed twice is kept twice');
});

test('seed page: the feature has nine paragraphs, two subheads, five captions, the sign-off', { skip }, () => {
  const feature = load().articles.find((a) => a.blocks.length > 0)!;
  const paragraphs = feature.blocks.filter((b) => b.type === 'paragraph');
  const subheads = feature.blocks.filter((b) => b.type === 'subhead').map((b) => b.text);
  assert.equal(paragraphs.length, 9);
  assert.deepEqual(subheads, ['Living in exile', '‘The biggest heartache’']);
  assert.equal(feature.captions.length, 5);
  assert.deepEqual(feature.captions.map((c) => c.credit).filter(Boolean), ['AFP photos']);
  assert.equal(feature.credit, 'AFP');
  // The group credit belongs to the caption it is printed after: the first of the five.
  assert.equal(feature.captions[0]!.credit, 'AFP photos');
});

test('seed page: no caption text inside a paragraph, no paragraph cut at a column break', { skip }, () => {
  const out = load();
  const paragraphs = out.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  const captions = out.articles.flatMap((a) => a.captions.map((c) => c.text));
  for (const c of captions) {
    for (const p of paragraphs) assert.ok(!squash(p).includes(squash(c)), `caption inside a paragraph: ${c.slice(0, 40)}`);
  }
  for (const p of paragraphs) {
    assert.match(p, /^[“"‘(\p{Lu}]/u, `a paragraph starts mid-sentence: ${p.slice(0, 40)}`);
    assert.match(p, /[.!?…]["”’)]*$/u, `a paragraph stops mid-sentence: ${p.slice(-40)}`);
  }
  // The sign-off is not paragraph text.
  assert.ok(!/— AFP$/u.test(paragraphs[paragraphs.length - 1]!));
});

test('seed page: the column-break joins are recorded as reflow messages', { skip }, () => {
  const { doc } = run(readFileSync(seed!, 'utf8'), 'seed-page.txt');
  const joins = doc.messages.filter((m) => m.rule === 'reflow/column-break');
  assert.ok(joins.length >= 6, `expected the column breaks to be recorded, got ${joins.length}`);
  for (const m of joins) assert.ok(m.source?.span, 'each join says where');
});
