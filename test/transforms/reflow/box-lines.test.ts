/**
 * Lines with boxes (ALTO, hOCR) are measured in the page's units: the next word's fit is counted at
 * the line's mean character width, a line stopping short of a justified column's edge after a
 * sentence end ends its paragraph, and a first-line indent shows in the box's left edge.
 * Real pages: d2_007, dev011 and dev020 page.alto.xml (CC BY-SA).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readThrough as split, sharedFile, unitWithLine as unitOf } from '../../structure/helpers.js';



test('a ragged line ending a sentence, the next word too long for its room, goes on (dev020 ALTO)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev020', 'page.alto.xml');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  assert.equal(unitOf(doc, 'history is written with red ink.'), unitOf(doc, '‘The reason for it is because peo-'));
});

test('a line short of a justified column edge after a sentence ends its paragraph (dev011 ALTO)', (t) => {
  const path = sharedFile('corpus', 'dev', 'dev011', 'page.alto.xml');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  assert.notEqual(unitOf(doc, 'was first proclaimed Emperor in the city.'), unitOf(doc, 'Captured by the Vikings 866, the city'));
});

test('an indented first line starts a paragraph (d2_007 ALTO)', (t) => {
  const path = sharedFile('corpus', 'dev2', 'd2_007', 'page.alto.xml');
  if (!path) return t.skip('corpus not present');
  const doc = split(path);
  assert.notEqual(unitOf(doc, 'gie Chinoise (published in 1940).'), unitOf(doc, 'He left for the US in 1938, and'));
});
