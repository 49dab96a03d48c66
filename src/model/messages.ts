/**
 * The audit trail: every repair, reclassification and warning is a Message on
 * the document, never a console print (vfile-message is the model).
 */
import type { Source } from './types.js';

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Message {
  /** Stable rule id, e.g. `dehyphenate/join`, `dashes/flattened`, `reader/encoding`. */
  rule: string;
  severity: Severity;
  /** Human-readable description of what was done or found. */
  text: string;
  /** Where: page + text span (text input) or box + element id. Column is of the repaired spot. */
  source?: Source;
  /** Text before and after a repair, when the message records one. */
  before?: string;
  after?: string;
  /** How sure the rule was, 0..1. */
  confidence?: number;
}

/** Collects messages for one document. */
export class MessageLog {
  readonly messages: Message[] = [];

  add(message: Message): Message {
    this.messages.push(message);
    return message;
  }

  info(rule: string, text: string, extra: Partial<Message> = {}): Message {
    return this.add({ rule, severity: 'info', text, ...extra });
  }

  warn(rule: string, text: string, extra: Partial<Message> = {}): Message {
    return this.add({ rule, severity: 'warning', text, ...extra });
  }
}

/** Format a message as `file:line:col  severity  text  rule` (remark-lint style). */
export function formatMessage(file: string, m: Message): string {
  const s = m.source;
  let where = file;
  if (s?.span) where += `:${s.span.start.line}:${s.span.start.column}`;
  else if (s) where += `:p${s.page}${s.box ? `@${fmtBox(s.box)}` : ''}${s.id ? `#${s.id}` : ''}`;
  const change = m.before !== undefined && m.after !== undefined ? `  ${quoted(m.before)} → ${quoted(m.after)}` : '';
  const conf = m.confidence !== undefined ? ` (${m.confidence.toFixed(2)})` : '';
  return `${where}  ${m.severity}  ${m.text.replace(TERMINAL_CONTROLS, unicodeEscape)}${change}${conf}  ${m.rule}`;
}

/**
 * Control characters a terminal acts on: C0 (but tab and line feed), DEL and C1. JSON.stringify
 * escapes C0 only, and a C1 character printed raw is a command to the terminal (U+009B is CSI,
 * the escape-sequence introducer, as `ESC [` is), or garbles the line.
 */
const TERMINAL_CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A before or after text quoted as JSON, with DEL and C1 escaped too (`\u0085`). */
function quoted(s: string): string {
  return JSON.stringify(s).replace(/[\x7f-\x9f]/g, unicodeEscape);
}

function fmtBox(b: { x0: number; y0: number; x1: number; y1: number }): string {
  return [b.x0, b.y0, b.x1, b.y1].map((n) => Math.round(n)).join(',');
}
