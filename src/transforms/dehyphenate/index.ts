/**
 * Line-end dehyphenation: decide for every line ending in a hyphen whether to
 * join, keep the hyphen, or read it as a dash. (To be filled in: see issue 2.)
 */
import type { GalleyDocument } from '../../model/types.js';
import type { Transform } from '../types.js';

export interface DehyphenateOptions {}

export function createDehyphenate(_options: DehyphenateOptions = {}): Transform {
  return (_doc: GalleyDocument) => {};
}
