/** Galley's library entry: the typed API. */
export { restore, restoreAsync, read, detectFormat, defaultTransforms } from './pipeline.js';
export type { RestoreOptions, RestoreInput } from './pipeline.js';
export { readText } from './readers/text/index.js';
export { write, writeJson, writeMarkdown, writeText, OUTPUT_FORMATS } from './writers/index.js';
export type { OutputFormat } from './writers/index.js';
export { toOutput } from './writers/json/index.js';
export { outputSchema, outputJsonSchema } from './writers/json/schema.js';
export { GalleyError } from './errors.js';
export { formatMessage } from './model/messages.js';
export type { Message, Severity } from './model/messages.js';
export * from './model/types.js';
export { lineWords, wordHeights, PACKED_WORD_SIZE } from './model/words.js';
