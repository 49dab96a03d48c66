/**
 * Safe XML parsing for the OCR readers, on `saxes` (a streaming,
 * non-validating parser). What makes it safe:
 *
 * - saxes never reads a DTD or any external resource: `SYSTEM`/`PUBLIC`
 *   identifiers are never fetched, so an external entity can never be read;
 * - saxes never expands entity definitions: only the five predefined XML
 *   entities, character references and (for HTML-flavoured hOCR) a fixed
 *   table of HTML names are known; any other reference is an error;
 * - on top of that, a DOCTYPE that declares entities (`<!ENTITY`) is refused
 *   as soon as the DOCTYPE ends, with a message naming its line, so an entity
 *   bomb ("billion laughs") or an external-entity probe fails at once;
 * - nesting deeper than MAX_XML_DEPTH is refused (no OCR format nests deeply).
 *
 * Every error is a GalleyError('malformed', file, 'XML error at line L, column C: ...').
 * Element and attribute names are given to the handler as local names (no
 * prefix), so ALTO v2/v3/v4 namespaces and unprefixed files read alike.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { GalleyError } from '../../errors.js';
import { HTML_ENTITIES } from './entities.js';

/**
 * Deepest element nesting accepted. ALTO nests about 8 deep (alto/Layout/Page/
 * PrintSpace/ComposedBlock/TextBlock/TextLine/String), hOCR about 10; nested
 * ComposedBlocks add a few. 512 leaves wide room and stops pathological input.
 */
export const MAX_XML_DEPTH = 512;

/** HTML elements that never have content and are often written without `/>` in HTML-flavoured hOCR. */
const HTML_VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface XmlElement {
  /** Local name (prefix removed). */
  name: string;
  /** Attributes by local name (prefix removed; `xmlns` declarations left out). */
  attrs: Record<string, string>;
  /** 1-based line of the end of the start tag. */
  line: number;
}

export interface XmlHandler {
  open(el: XmlElement): void;
  close(name: string): void;
  text?(text: string): void;
}

export interface ParseOptions {
  /** HTML-flavoured input (hOCR): HTML named entities, and void elements (`<meta>`, `<br>`) need no `/>`. */
  html?: boolean;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** 1-based line and column of an offset in the text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function xmlError(file: string, line: number, column: number, problem: string): GalleyError {
  return new GalleyError('malformed', file, `XML error at line ${line}, column ${column}: ${problem}`);
}

/** Parse `text`, calling the handler for each element, end tag and run of text. Throws GalleyError on any XML error. */
export function parseXml(text: string, file: string, handler: XmlHandler, options: ParseOptions = {}): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  if (options.html) Object.assign(parser.ENTITIES, HTML_ENTITIES);
  let depth = 0;
  let lastClosed = '';
  const fail = (problem: string): never => {
    // saxes gives the 1-based column of the character just read; 0 only at the very start of a line (end of input after a newline).
    throw xmlError(file, parser.line, Math.max(1, parser.column), problem);
  };
  parser.on('error', (err: Error) => {
    const problem = err.message.replace(/^\d+:\d+: /, '');
    if (problem === 'unexpected close tag.') {
      // saxes closes the open elements down to the one named in the end tag; an HTML void element may be among them.
      if (options.html && HTML_VOID.has(lastClosed.toLowerCase())) return;
      fail(`unexpected end tag: <${lastClosed}> was never closed`);
    }
    if (problem === 'undefined entity.') {
      fail('undefined entity (Galley does not read entity definitions from a DTD)');
    }
    fail(problem);
  });
  parser.on('doctype', (doctype: string) => {
    const declared = doctype.indexOf('<!ENTITY');
    if (declared >= 0) {
      const at = text.indexOf('<!ENTITY');
      const { line, column } = at >= 0 ? position(text, at) : { line: parser.line, column: parser.column };
      throw xmlError(
        file,
        line,
        column,
        'the DOCTYPE declares entities (<!ENTITY ...>); Galley never expands or fetches entities (entity bombs, external entities), so it refuses such files',
      );
    }
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    if (depth > MAX_XML_DEPTH) fail(`elements nested more than ${MAX_XML_DEPTH} deep`);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      attrs[localName(k)] = v;
    }
    handler.open({ name: localName(tag.name), attrs, line: parser.line });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    lastClosed = tag.name;
    handler.close(localName(tag.name));
  });
  if (handler.text) {
    const onText = handler.text.bind(handler);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(text).close();
}
