import type { GalleyDocument } from '../model/types.js';
import { writeJson } from './json/index.js';
import { writeMarkdown } from './markdown.js';
import { writeText } from './text.js';

export const OUTPUT_FORMATS = ['markdown', 'json', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  furniture?: boolean;
}

export const EXTENSIONS: Record<OutputFormat, string> = { markdown: '.md', json: '.json', text: '.txt' };

export function write(doc: GalleyDocument, format: OutputFormat, options: WriteOptions = {}): string {
  switch (format) {
    case 'json':
      return writeJson(doc);
    case 'markdown':
      return writeMarkdown(doc, options);
    case 'text':
      return writeText(doc);
  }
}

export { writeJson, writeMarkdown, writeText };
