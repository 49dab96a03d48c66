/** hOCR page order check: pages are kept in file order; a `ppageno` that goes backwards is reported. */
import type { Message } from '../../model/messages.js';

/** Pages are kept in file order; say so when `ppageno` disagrees. */
export function checkPageOrder(ppagenos: ReadonlyArray<number | undefined>, messages: Message[]): void {
  for (let i = 1; i < ppagenos.length; i++) {
    const a = ppagenos[i - 1];
    const b = ppagenos[i];
    if (a !== undefined && b !== undefined && b <= a) {
      messages.push({
        rule: 'reader/page-order',
        severity: 'warning',
        text: `page ${i + 1} has ppageno ${b} after ppageno ${a}; pages are kept in file order`,
        source: { page: i + 1 },
      });
    }
  }
}
