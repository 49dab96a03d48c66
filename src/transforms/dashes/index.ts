/**
 * Dash repair: flattened em dashes (`heroes-all`) restored as ` — `. (To be filled in: see issue 2.)
 */
import type { GalleyDocument } from '../../model/types.js';
import type { Transform } from '../types.js';

export interface DashesOptions {}

export function createDashes(_options: DashesOptions = {}): Transform {
  return (_doc: GalleyDocument) => {};
}
