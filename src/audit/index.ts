/** Audit of "text in = text out" (docs/cli.md `--check`; test/properties). */
export { accountFor, compareText, describeAccount, outputUnits, pageModelUnits, MAX_PARTS, type Account, type WordCount } from './account.js';
export { findTextLoss, type StageFinding } from './stages.js';
export { auditWords, WordBag } from './words.js';
