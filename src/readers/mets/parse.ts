/**
 * METS (Metadata Encoding and Transmission Standard, Library of Congress) as
 * digitised newspapers deliver it, one file per issue: the file section (which
 * file each FILEID is) and the logical structure map (`structMap TYPE="LOGICAL"`:
 * nested `div`s typed ARTICLE, HEADING, BODY, CAPTION..., each pointing with
 * `fptr` → `area` (or `seq`/`par` of areas) at elements of the page files, by
 * `FILEID` and `BEGIN` (and `END`) ids). Read with the safe parser of
 * ../xml/parse.ts (no DTD, no entities); elements matched on local names.
 * Nothing is interpreted here; ./truth.ts turns the tree into truth.
 */
import { GalleyError } from '../../errors.js';
import { parseXml } from '../xml/parse.js';

/** One pointer into a content file: an element id, or a range of them (BEGIN … END). */
export interface MetsArea {
  fileId: string;
  begin: string;
  end?: string;
  /** BETYPE as written (IDREF when absent). */
  beType: string;
}

export interface MetsDiv {
  /** TYPE as written. */
  type: string;
  id?: string;
  label?: string;
  /** Areas pointed at by this div's own fptrs, in document order. */
  areas: MetsArea[];
  children: MetsDiv[];
}

export interface MetsFile {
  id: string;
  href: string;
  mimeType?: string;
  /** USE of the enclosing fileGrp (e.g. `Text`, `ALTO`, `IMAGE`). */
  use?: string;
}

export interface MetsRaw {
  files: Map<string, MetsFile>;
  /** Top divs of the logical structure map(s). */
  logical: MetsDiv[];
}

/** Parse a METS document; throws GalleyError when it is not METS or has no logical structure map. */
export function parseMets(text: string, file: string): MetsRaw {
  const raw: MetsRaw = { files: new Map(), logical: [] };
  let depth = 0;
  let sawRoot = false;
  let groupUse: string | undefined;
  let current: MetsFile | undefined;
  let logicalDepth = 0; // depth of the open logical structMap, 0 when none is open
  const divs: MetsDiv[] = [];
  let sawLogical = false;

  parseXml(text, file, {
    open(el) {
      depth++;
      const a = el.attrs;
      if (depth === 1) {
        if (el.name !== 'mets') throw new GalleyError('malformed', file, `not a METS file: the root element is <${el.name}>, not <mets>`);
        sawRoot = true;
        return;
      }
      switch (el.name) {
        case 'fileGrp':
          if (a.USE) groupUse = a.USE;
          break;
        case 'file':
          if (a.ID) current = { id: a.ID, href: '', ...(a.MIMETYPE ? { mimeType: a.MIMETYPE } : {}), ...(groupUse ? { use: groupUse } : {}) };
          break;
        case 'FLocat':
          if (current && !current.href && a.href) current.href = a.href;
          break;
        case 'structMap':
          if ((a.TYPE ?? '').toUpperCase() === 'LOGICAL') {
            logicalDepth = depth;
            sawLogical = true;
          }
          break;
        case 'div': {
          if (!logicalDepth) break;
          const div: MetsDiv = { type: a.TYPE ?? '', areas: [], children: [] };
          if (a.ID) div.id = a.ID;
          if (a.LABEL) div.label = a.LABEL;
          const parent = divs[divs.length - 1];
          if (parent) parent.children.push(div);
          else raw.logical.push(div);
          divs.push(div);
          break;
        }
        case 'area': {
          const owner = divs[divs.length - 1];
          if (!logicalDepth || !owner || !a.FILEID || !a.BEGIN) break;
          owner.areas.push({ fileId: a.FILEID, begin: a.BEGIN, ...(a.END ? { end: a.END } : {}), beType: a.BETYPE ?? 'IDREF' });
          break;
        }
      }
    },
    close(name) {
      if (name === 'file' && current) {
        raw.files.set(current.id, current);
        current = undefined;
      } else if (name === 'fileGrp') {
        groupUse = undefined;
      } else if (name === 'div' && logicalDepth) {
        divs.pop();
      } else if (name === 'structMap' && depth === logicalDepth) {
        logicalDepth = 0;
      }
      depth--;
    },
  });
  if (!sawRoot) throw new GalleyError('malformed', file, 'not a METS file');
  if (!sawLogical) throw new GalleyError('malformed', file, 'the METS file has no logical structure map (structMap TYPE="LOGICAL"), so it says nothing about articles');
  return raw;
}
