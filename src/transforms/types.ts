import type { GalleyDocument } from '../model/types.js';

/** A pipeline step: changes the document in place, records what it did as messages on it. */
export type Transform = (doc: GalleyDocument) => void;
