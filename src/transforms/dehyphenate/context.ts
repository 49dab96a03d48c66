/**
 * What a line-end decision may consult beyond the two lines: the document's
 * own vocabulary, built once per document and shared with later transforms
 * (the structure transform re-decides sites when it rejoins separated lines).
 */
import type { GalleyDocument } from '../../model/types.js';
import { Vocabulary } from '../../lexicon/vocabulary.js';

export interface DehyphenateContext {
  vocabulary: Vocabulary;
}

const contexts = new WeakMap<GalleyDocument, DehyphenateContext>();

/** The context of a document, built on first use and cached for the document's lifetime. */
export function contextFor(doc: GalleyDocument): DehyphenateContext {
  let ctx = contexts.get(doc);
  if (!ctx) {
    ctx = { vocabulary: Vocabulary.fromDocument(doc) };
    contexts.set(doc, ctx);
  }
  return ctx;
}

/** Forget the document's context (its lines changed order, as restore-pieces may do): the next use builds it again. */
export function forgetContext(doc: GalleyDocument): void {
  contexts.delete(doc);
}

/** A context with no document evidence (tests, single decisions out of a document). */
export function emptyContext(): DehyphenateContext {
  return { vocabulary: new Vocabulary() };
}
