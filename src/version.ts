import { readFileSync } from 'node:fs';

/** Galley's version, from package.json (found from src/ when run with tsx, from dist/src/ when compiled). */
export const VERSION: string = readVersion();

function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'galley-news' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}
