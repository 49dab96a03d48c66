/**
 * Seeded damage to a truth file, so that every metric of the scorer sees
 * errors of the kinds a converter makes: lost, merged, split and reordered
 * paragraphs, broken line-end hyphens, flattened dashes, wrong or missing
 * headlines, bylines and credits, captions moved or cut, furniture leaked.
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same damage. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Block {
  type: string;
  text: string;
}
interface Caption {
  text: string;
  credit: string | null;
}
interface Article {
  headline: string | null;
  byline: string | null;
  credit: string | null;
  dateline: string | null;
  blocks: Block[];
  captions: Caption[];
}
interface Truth {
  articles: Article[];
  furniture: Array<{ text: string }>;
}

function pick<T>(rnd: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(rnd() * list.length)] : undefined;
}

/** Break long words as a line-end hyphen would (`coveted` → `cov- eted`), or join compounds (`US-led` → `USled`). */
function hyphenDamage(text: string, rnd: () => number): string {
  return text
    .split(' ')
    .map((w) => {
      if (/^\p{L}{8,}$/u.test(w) && rnd() < 0.15) return `${w.slice(0, 3)}- ${w.slice(3)}`;
      if (/^\p{L}+-\p{L}+$/u.test(w) && rnd() < 0.5) return w.replace('-', '');
      return w;
    })
    .join(' ');
}

export function damage(truthIn: unknown, rnd: () => number): unknown {
  const t = structuredClone(truthIn) as Truth;
  for (const a of t.articles) {
    const r = rnd();
    if (r < 0.2) a.headline = null;
    else if (r < 0.4 && a.headline) a.headline = a.headline.slice(0, Math.ceil(a.headline.length / 2));
    if (a.byline && rnd() < 0.4) a.byline = rnd() < 0.5 ? `BY ${a.byline.toUpperCase()}` : `${a.byline} Jr`;
    if (a.credit && rnd() < 0.5) a.credit = rnd() < 0.5 ? `— ${a.credit} photos` : null;
    if (a.dateline && rnd() < 0.5 && a.blocks[0]) {
      a.blocks[0].text = `${a.dateline} — ${a.blocks[0].text}`;
      a.dateline = null;
    }
    for (const b of a.blocks) {
      b.text = hyphenDamage(b.text, rnd);
      if (rnd() < 0.3) b.text = b.text.replace(' — ', '-');
      if (b.type === 'subhead' && rnd() < 0.3) b.type = 'paragraph';
    }
    const i = Math.floor(rnd() * a.blocks.length);
    const op = rnd();
    if (a.blocks.length > 1 && op < 0.25) a.blocks.splice(i, 1);
    else if (a.blocks.length > 2 && op < 0.5 && i + 1 < a.blocks.length) {
      a.blocks.splice(i, 2, { type: 'paragraph', text: `${a.blocks[i]!.text} ${a.blocks[i + 1]!.text}` });
    } else if (op < 0.7 && a.blocks[i]) {
      const words = a.blocks[i]!.text.split(' ');
      const half = Math.floor(words.length / 2);
      a.blocks.splice(i, 1, { type: 'paragraph', text: words.slice(0, half).join(' ') }, { type: 'paragraph', text: words.slice(half).join(' ') });
    } else if (op < 0.85) a.blocks.reverse();
    for (const c of a.captions) {
      if (rnd() < 0.3) c.text = c.text.slice(0, Math.floor(c.text.length * 0.8));
      if (c.credit && rnd() < 0.4) c.credit = rnd() < 0.5 ? null : `(${c.credit})`;
    }
  }
  // a caption moved to another article
  const from = pick(rnd, t.articles.filter((a) => a.captions.length));
  const to = pick(rnd, t.articles);
  if (from && to && from !== to) to.captions.push(from.captions.pop()!);
  // furniture leaked into a paragraph
  const leak = pick(rnd, t.furniture);
  const into = pick(rnd, t.articles.flatMap((a) => a.blocks));
  if (leak && into && rnd() < 0.7) into.text = `${into.text} ${leak.text}`;
  // articles reordered, and one split in two
  if (rnd() < 0.5) t.articles.reverse();
  const big = t.articles.find((a) => a.blocks.length > 3);
  if (big && rnd() < 0.6) t.articles.push({ ...big, headline: null, byline: null, credit: null, dateline: null, captions: [], blocks: big.blocks.splice(2) });
  return t;
}
