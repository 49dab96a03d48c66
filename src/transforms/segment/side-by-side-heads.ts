/**
 * Headlines of side-by-side stories printed one after the other. Where two stories stand side by side
 * under heads on one baseline, pdftotext's default mode prints the heads' row first, then the bylines'
 * row, then the bodies column by column: `Over 900 asylum seekers rescued off Indonesian coast` ⏎⏎
 * `Sydfynske Øhav: Walk` ⏎⏎ `By James Fischer` ⏎⏎ `By Grace Haddad` ⏎⏎ the asylum story ⏎⏎ the walk
 * (dev014 page.txt; dev007 page.txt likewise). Read in order, the first head ends the story above as a
 * subhead, the second heads the left story's body, and the right story starts untitled.
 *
 * The text tells which head is whose: a headline names its story's subject, so its content words recur
 * in its body. Where a subhead closing a story is printed right before the next story's headline, and
 * an untitled story follows that one, the two heads are tried the other way round: the subhead heads the
 * next story and the headline the untitled one. The swap is made only when the heads' words clearly
 * recur in the bodies they would go to (SHARED_WORDS_MARGIN more than as read, the subhead's at least
 * MIN_SHARED_WORDS in its new story's, the headline's no fewer in the untitled one's than in the story
 * it leaves: a feature's head may name no word of its body, `Sydfynske Øhav: Walk` over `The archipelago
 * trail …`). A real subhead before a new story shares its own story's words, not the next one's, and is
 * left where it is.
 */
import type { Block, GalleyDocument, Page } from '../../model/types.js';
import { joinLines } from '../../text/join.js';
import { contentWords } from './topic.js';
import { itemWords, type Story } from './story.js';

/** The subhead's content words found in the body of the story it would head, at least (a name and a word). */
export const MIN_SHARED_WORDS = 2;
/** The swap must find this many more of the two heads' words in their bodies than the reading order does. */
export const SHARED_WORDS_MARGIN = 2;

/** Content words of a story's paragraphs (not its subheads: a head is compared with running text). */
function bodyWords(s: Story): Set<string> {
  const out = new Set<string>();
  for (const it of s.items) if (it.kind === 'paragraph') for (const w of itemWords(it).keys()) out.add(w);
  return out;
}

/** How many of a head's content words (./topic.ts contentWords) the body holds. */
function shared(head: ReadonlyMap<string, boolean>, body: ReadonlySet<string>): number {
  let n = 0;
  for (const w of head.keys()) if (body.has(w)) n++;
  return n;
}

/** Give heads printed one after the other to the stories they name (see the file comment); each swap is a message. */
export function sideBySideHeads(stories: Story[], page: Page, doc: GalleyDocument): void {
  let order: Map<Block, number> | null = null;
  for (let i = 1; i < stories.length; i++) {
    const s = stories[i]!;
    const p = stories[i - 1]!;
    const h = s.headBlock;
    const last = p.items[p.items.length - 1];
    if (!h || !s.article.headline || !last || last.kind !== 'subhead' || last.blocks.length !== 1) continue;
    const x = last.blocks[0]!;
    order ??= new Map(page.blocks.map((b, k) => [b, k]));
    if (order.get(x)! + 1 !== order.get(h)) continue;
    // The untitled story after s (before any story with a headline of its own).
    let u: Story | undefined;
    for (let j = i + 1; j < stories.length && !stories[j]!.article.headline; j++) {
      if (stories[j]!.items.some((it) => it.kind === 'paragraph')) {
        u = stories[j];
        break;
      }
    }
    if (!u) continue;
    const xText = joinLines(x.lines);
    const hText = s.article.headline;
    const xWords = contentWords(xText);
    const hWords = contentWords(hText);
    const sBody = bodyWords(s);
    const uBody = bodyWords(u);
    const xInS = shared(xWords, sBody);
    const hInS = shared(hWords, sBody);
    const hInU = shared(hWords, uBody);
    if (xInS < MIN_SHARED_WORDS || hInU < hInS) continue;
    const swapped = xInS + hInU;
    const asRead = hInS + shared(xWords, bodyWords(p));
    if (swapped < asRead + SHARED_WORDS_MARGIN) continue;
    p.items.pop();
    x.kind = 'headline';
    x.decision = { rule: 'segment/side-by-side-heads', confidence: 0.7, evidence: `the headline of the story under the next head: its words recur there` };
    s.article.headline = xText;
    s.headBlock = x;
    u.article.headline = hText;
    u.headBlock = h;
    u.headed = true;
    doc.messages.push({
      rule: 'segment/side-by-side-heads',
      severity: 'info',
      text: `heads of side-by-side stories printed one after the other: "${xText}" heads the story under "${hText}", which heads the story after it (their words recur in those bodies: ${swapped} against ${asRead} as read)`,
      source: x.source,
      confidence: 0.7,
    });
  }
}
