/**
 * Real pairs of a Chinese report page and its official English published apart, scored against keys written by hand
 * before align was run on them (align rounds 2 and 3: test/fixtures/align-round2/, align-round3/). A key says which
 * English paragraph(s) belong to which Chinese block (`[]`: the block has no English on the page). The score: blocks
 * whose English is exactly the key's (a block the key leaves without English must stay pending).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { VFile } from 'vfile';
import { loadGlossary } from '../pipeline/glossary/load.ts';
import { createMatcher } from '../pipeline/glossary/matcher.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { alignOfficial, type OfficialResult } from '../pipeline/translate/official.ts';

const matcher = createMatcher((await loadGlossary(path.join(import.meta.dirname, '../content/glossary.yaml'))).glossary);

export interface Key {
  blocks: Array<{ zh: string; en: string[] }>;
}

/** The same text whatever the page's punctuation widths and spaces: how a key's opening finds its block. */
const squash = (text: string) => text.replace(/[\s*]+/g, '').replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace(/’/g, "'");

/** A pair's folder: the Chinese page (zh.html, or zh.txt as a site gave the text) and the English (`en`). */
export function runPair(dir: string, en = 'en.html', zhName = 'zh.html'): { result: OfficialResult; zh: string; key: Key } {
  const name = path.basename(dir);
  const zh = ingest(readFileSync(path.join(dir, zhName)), { fileName: zhName, slug: name }).markdown;
  const page = readEnglishPage(readFileSync(path.join(dir, en)), en);
  const result = alignOfficial({ slug: name, zh, page, pagePath: en, matcher });
  return { result, zh, key: parse(readFileSync(path.join(dir, 'key.yaml'), 'utf8')) as Key };
}

/** Blocks of the key whose English (paragraphs, by their openings) is exactly what align placed there. */
export function score(dir: string, en = 'en.html', zhName = 'zh.html'): { right: number; of: number; wrong: string[] } {
  const { result, zh, key } = runPair(dir, en, zhName);
  const blocks = parseReportMarkdown(new VFile({ path: 'zh.md', value: zh })).blocks;
  const wrong: string[] = [];
  let skipped = 0;
  for (const k of key.blocks) {
    const block = blocks.find((b) => squash(b.text).startsWith(squash(k.zh)));
    if (!block) {
      // a line the key lists in case ingest kept it (an editor's line): dropped by ingest, nothing to place
      if (k.en.length === 0) skipped++;
      else wrong.push(`${k.zh}: no such block`);
      continue;
    }
    const got = (result.placed.get(block.attributes.id) ?? []).map((p) => p.text);
    // its English starts with the key's first paragraph, holds each of the key's in order, and no other block's
    const text = squash(got.join(' '));
    const others = key.blocks.filter((o) => o !== k).flatMap((o) => o.en.map(squash));
    let at = 0;
    const ok =
      k.en.length === 0
        ? got.length === 0
        : text.startsWith(squash(k.en[0])) && k.en.every((e) => (at = text.indexOf(squash(e), at)) >= 0) && !others.some((o) => text.includes(o));
    if (!ok) wrong.push(`${k.zh} ← ${JSON.stringify(got.map((t) => t.slice(0, 40)))}, key ${JSON.stringify(k.en.map((t) => t.slice(0, 40)))}`);
  }
  return { right: key.blocks.length - skipped - wrong.length, of: key.blocks.length - skipped, wrong };
}

/** The warnings align gave a pair, by line:column and rule, in page order. */
export function warnings(result: OfficialResult): string[] {
  return result.file.messages
    .filter((m) => m.fatal === false)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

/** The English page's lines (paragraphs, lines left out, the title block's) neither placed nor named by a message at their line:column. */
export function unaccounted(dir: string, en = 'en.html', zhName = 'zh.html'): string[] {
  const page = readEnglishPage(readFileSync(path.join(dir, en)), en);
  const { result } = runPair(dir, en, zhName);
  const placed = new Set([...result.placed.values()].flat().map((p) => `${p.line}:${p.column}`));
  const said = new Set(result.file.messages.flatMap((m) => [`${m.line}:${m.column}`, ...[...m.reason.matchAll(/\b(\d+:\d+)\b/g)].map((x) => x[1])]));
  const lines = [...page.paragraphs, ...page.leftOut, ...(page.title?.lines ?? [])].map((l) => `${l.line}:${l.column}`);
  return lines.filter((l) => !placed.has(l) && !said.has(l));
}
