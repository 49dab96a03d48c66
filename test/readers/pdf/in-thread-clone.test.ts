/**
 * inThreadClone: the structuredClone replacement for pdf.js's in-thread
 * message port (src/readers/pdf/pdfjs.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inThreadClone } from '../../../src/readers/pdf/pdfjs.js';

test('arrays and plain objects are copied: emptying the sent chunk leaves the received one whole', () => {
  // pdf.js's OperatorList.flush sends {fnArray, argsArray} and then sets both lengths to 0.
  const chunk = { fnArray: [1, 2, 3], argsArray: [[0.5], null, ['a']], lastChunk: false };
  const got = inThreadClone(chunk);
  chunk.fnArray.length = 0;
  chunk.argsArray.length = 0;
  assert.deepEqual(got, { fnArray: [1, 2, 3], argsArray: [[0.5], null, ['a']], lastChunk: false });
});

test('an operator-list chunk: its two arrays are copied, the operators\' arguments shared (pdf.js never writes to them after sending)', () => {
  const glyphs = [{ unicode: 'a', width: 500 }];
  const args = [glyphs];
  const chunk = { fnArray: [44], argsArray: [args], lastChunk: true, separateAnnots: null, length: 1 };
  const msg = { sourceName: 'worker', targetName: 'main', stream: 4, streamId: 1, chunk };
  const got = inThreadClone(msg);
  chunk.fnArray.length = 0;
  chunk.argsArray.length = 0;
  assert.deepEqual(got.chunk.fnArray, [44]);
  assert.equal(got.chunk.argsArray[0], args);
  assert.equal(got.chunk.lastChunk, true);
  assert.notEqual(got.chunk, chunk);
});

test('typed arrays and class instances are shared; shared and cyclic references stay shared', () => {
  class Glyph {
    constructor(readonly unicode: string) {}
  }
  const g = new Glyph('a');
  const data = new Uint8Array([1, 2, 3]);
  const inner = { x: 1 };
  const msg: Record<string, unknown> = { glyphs: [g, g], data, a: inner, b: inner, m: new Map([['k', inner]]) };
  msg.self = msg;
  const got = inThreadClone(msg);
  assert.notEqual(got, msg);
  assert.equal((got.glyphs as Glyph[])[0], g);
  assert.equal(got.data, data);
  assert.equal(got.a, got.b);
  assert.notEqual(got.a, inner);
  assert.equal((got.m as Map<string, unknown>).get('k'), got.a);
  assert.equal(got.self, got);
});

test('the copy of plain JSON-like data equals structuredClone’s', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      assert.deepEqual(inThreadClone(v), structuredClone(v));
    }),
  );
});
