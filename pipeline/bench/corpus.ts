/**
 * A synthetic corpus made from one real report (for benchmarks only; written
 * to a temporary folder, never committed): each copy has its top-level
 * sections permuted and its figures varied by one digit substitution applied
 * to both languages (so 28.9万 and 289,000 stay equal), with en.md's `src=`
 * recomputed so the translation QA still passes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceHash } from '../model/hash.ts';
import { VFile } from 'vfile';
import { parseReportMarkdown } from '../model/parse.ts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Split {
  front: string;
  blocks: string[];
}

function split(markdown: string): Split {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  const front = match ? match[0] : '';
  const blocks = markdown.slice(front.length).split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  return { front, blocks };
}

const idOf = (block: string) => /\{#([^\s}]+)/.exec(block)?.[1] ?? '';

/** Apply the digit substitution outside `{…}` attributes. */
function vary(text: string, sigma: string[]): string {
  return text.replace(/(\{[^}]*\})|(\d)/g, (all, attr: string | undefined, digit: string | undefined) => (attr ? attr : sigma[Number(digit)]));
}

type Checker = (slug: string, zh: string, en: string) => Set<string>;

/** Ids of blocks whose figures the translation QA rejects (e.g. 一刻钟 ↔ "15-minute"): those keep their original figures. */
async function numberChecker(): Promise<Checker> {
  const { checkPublication } = await import('../check/index.ts');
  const { buildPublication } = await import('../model/load.ts');
  return (slug, zh, en) => {
    const load = buildPublication(slug, new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
    const { messages } = checkPublication(load, {});
    const ids = new Set<string>();
    for (const m of messages) {
      const id = /`([hp]-[0-9a-f]{6}(?:-\d+)?)`/.exec(m.reason)?.[1];
      if (id && m.fatal !== undefined) ids.add(id);
    }
    return ids;
  };
}

export async function makeCorpus(sourceDir: string, targetContent: string, count: number, slugBase = 'haidian-2021'): Promise<string[]> {
  const check = await numberChecker();
  const zh = split(readFileSync(path.join(sourceDir, 'zh.md'), 'utf8'));
  const en = split(readFileSync(path.join(sourceDir, 'en.md'), 'utf8'));
  const enById = new Map(en.blocks.map((b) => [idOf(b), b]));
  // Sections: a top-level heading and the blocks up to the next one.
  const depth = Math.min(...zh.blocks.filter((b) => b.startsWith('#')).map((b) => /^#+/.exec(b)![0].length));
  const lead: string[] = [];
  const sections: string[][] = [];
  for (const block of zh.blocks) {
    if (block.startsWith(`${'#'.repeat(depth)} `)) sections.push([block]);
    else if (sections.length === 0) lead.push(block);
    else sections[sections.length - 1].push(block);
  }
  const slugs: string[] = [];
  for (let n = 1; n <= count; n++) {
    const random = rng(n * 7919);
    const digits = shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9], random);
    const sigma = ['0', ...digits.map(String)];
    const order = [lead, ...shuffle(sections, random)].flat();
    const label = String(n).padStart(2, '0');
    const zhFront = zh.front.replace(/^title: (.*)$/m, `title: $1（合成样本 ${label}）`);
    const enFront = en.front.replace(/^title: (.*)$/m, (_all, title: string) => `title: ${title.replace(/^"|"$/g, '')} (synthetic sample ${label})`);
    const slug = `${slugBase}-c${label}`;
    const keep = new Set<string>();
    let zhText = '';
    let enText = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const v = (b: string) => (keep.has(idOf(b)) ? b : vary(b, sigma));
      zhText = `${zhFront}\n${order.map(v).join('\n\n')}\n`;
      const hashes = new Map(parseReportMarkdown(new VFile({ value: zhText })).blocks.map((b) => [b.attributes.id, sourceHash(b.text)]));
      const enBlocks = order.map((b) => enById.get(idOf(b))).filter((b): b is string => Boolean(b));
      enText = `${enFront}\n${enBlocks.map((b) => v(b).replace(/src=[0-9a-f]+/, `src=${hashes.get(idOf(b))}`)).join('\n\n')}\n`;
      const bad = check(slug, zhText, enText);
      if (bad.size === 0) break;
      for (const id of bad) keep.add(id);
    }
    mkdirSync(path.join(targetContent, 'reports', slug), { recursive: true });
    writeFileSync(path.join(targetContent, 'reports', slug, 'zh.md'), zhText);
    writeFileSync(path.join(targetContent, 'reports', slug, 'en.md'), enText);
    slugs.push(slug);
  }
  return slugs;
}

/**
 * One report `times` as long as the source (the bench's long report): the
 * source's blocks `times` over, each copy with its own digit substitution and
 * block ids suffixed `-<copy>` (the first copy is the source as it is), under
 * one front matter. Returns its slug.
 */
export async function makeLongReport(sourceDir: string, targetContent: string, times = 6, slug = 'haidian-2021-long'): Promise<string> {
  const check = await numberChecker();
  const zh = split(readFileSync(path.join(sourceDir, 'zh.md'), 'utf8'));
  const en = split(readFileSync(path.join(sourceDir, 'en.md'), 'utf8'));
  const enById = new Map(en.blocks.map((b) => [idOf(b), b]));
  const copies = Array.from({ length: times }, (_, n) => {
    const random = rng((n + 1) * 104729);
    return { n: n + 1, sigma: n === 0 ? ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] : ['0', ...shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9], random).map(String)] };
  });
  const renumber = (block: string, n: number) => (n === 1 ? block : block.replace(/\{#([^\s}]+)/, `{#$1-${n}`));
  const keep = new Set<string>();
  let zhText = '';
  let enText = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const zhBlocks: string[] = [];
    const enBlocks: string[] = [];
    for (const { n, sigma } of copies) {
      for (const block of zh.blocks) {
        const id = idOf(block);
        const varied = (b: string) => renumber(keep.has(`${id}@${n}`) ? b : vary(b, sigma), n);
        zhBlocks.push(varied(block));
        const twin = enById.get(id);
        if (twin) enBlocks.push(varied(twin));
      }
    }
    zhText = `${zh.front}\n${zhBlocks.join('\n\n')}\n`;
    const hashes = new Map(parseReportMarkdown(new VFile({ value: zhText })).blocks.map((b) => [b.attributes.id, sourceHash(b.text)]));
    enText = `${en.front}\n${enBlocks.map((b) => b.replace(/src=[0-9a-f]+/, `src=${hashes.get(idOf(b))}`)).join('\n\n')}\n`;
    const bad = check(slug, zhText, enText);
    if (bad.size === 0) break;
    for (const id of bad) {
      const [, base, n] = /^(.*?)(?:-(\d))?$/.exec(id)!;
      keep.add(`${base}@${n ?? 1}`);
    }
  }
  mkdirSync(path.join(targetContent, 'reports', slug), { recursive: true });
  writeFileSync(path.join(targetContent, 'reports', slug, 'zh.md'), zhText);
  writeFileSync(path.join(targetContent, 'reports', slug, 'en.md'), enText);
  return slug;
}
