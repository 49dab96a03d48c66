/** Quality evaluation: the scorer's metrics (../shared/bench/README.md) inside Galley. See docs/metrics.md. */
export { norm, tokens } from './normalise.js';
export { similarity, matchStrings } from './similarity.js';
export { toEvalDoc, readPrediction, type EvalDoc, type Prediction, type PredictionKind } from './documents.js';
export { scorePage, total, summarize, type PageCounts, type Summary } from './score.js';
export { formatTable } from './table.js';
export { corpusPages, scoreCorpus, scoreTruths, type EvalReport, type TruthPage } from './corpus.js';
export { isMetsFile, metsFilesIn, metsTruthPages, type MetsTruthPage } from './mets.js';
