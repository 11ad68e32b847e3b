/**
 * English written by hand gets its `src=` without a false review: `duizhao
 * translated` records the source hash with `state=translated`; `review` stays the
 * act of reviewing (its `--all` stamps every block reviewed, which is why it is
 * not the way to fill `src=`); the colophon and the PDF metadata say what is true.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication, parseReportMarkdown, sourceHash } from '../pipeline/model/index.ts';
import { postMetadata } from '../pipeline/render/pdf/metadata.ts';
import { markReviewed, markTranslated } from '../pipeline/translate/review.ts';
import { colophon, translationStatus } from '../templates/components/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { toString } from 'hast-util-to-string';

const fixture = path.join(import.meta.dirname, 'fixtures/check/stale');
const zh = readFileSync(path.join(fixture, 'zh.md'), 'utf8');
const hashes = new Map(parseReportMarkdown(new VFile({ value: zh })).blocks.map((b) => [b.attributes.id, sourceHash(b.text)]));
/** The fixture's English with every `src=` removed and no review: English just written by hand. */
const handWritten = readFileSync(path.join(fixture, 'en.md'), 'utf8').replace(/ src=[^\s}]+/g, '').replace(/ state=reviewed/g, '');
const load = (en: string) => buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
const stale = (en: string) => checkPublication(load(en)).messages.filter((m) => m.ruleId === 'stale').length;
const t = await createTranslators();
const colophonText = (en: string) => toString(colophon(load(en).publication, { edition: 'html', t, draft: false }, new Date(0)));

describe('duizhao translated', () => {
  it('records src= with state=translated, never a review', () => {
    expect(stale(handWritten)).toBe(hashes.size); // every block: missing src=
    const result = markTranslated(zh, handWritten, 'all');
    // every block, and the title's English written by hand (its Chinese recorded in front_matter_src, stop 55)
    expect(result.changed).toEqual(['meta-title', ...hashes.keys()]);
    expect(stale(result.value)).toBe(0);
    expect(result.value).not.toContain('state=reviewed');
    expect(result.value).toContain(`{#p-000002 src=${hashes.get('p-000002')} state=translated}`);
    expect(translationStatus(load(result.value).publication, t)).toMatchObject({ translated: hashes.size, reviewed: 0 });
  });

  it('--all leaves alone the blocks whose src= is current (a review stays a review)', () => {
    const reviewed = markReviewed(zh, handWritten, ['p-000001']).value;
    const result = markTranslated(zh, reviewed, 'all');
    expect(result.changed).not.toContain('p-000001');
    expect(result.value).toContain(`{#p-000001 src=${hashes.get('p-000001')} state=reviewed}`);
    // named explicitly, a block is marked translated (its English was rewritten by hand)
    expect(markTranslated(zh, result.value, ['p-000001']).value).toContain(`{#p-000001 src=${hashes.get('p-000001')} state=translated}`);
  });

  it('the colophon says "not yet reviewed" after `translated`, counts reviews only after `review`', () => {
    // the defect: `review --all` was the only way to fill src=, and the colophon then claimed a review
    expect(colophonText(markReviewed(zh, handWritten, 'all').value)).toContain('all 8 paragraphs translated, 8 reviewed');
    const translated = colophonText(markTranslated(zh, handWritten, 'all').value);
    expect(translated).toContain('all 8 paragraphs translated, not yet reviewed');
    expect(translated).toContain('已全部译出：共8段，尚未审校');
    expect(translated).not.toMatch(/\d reviewed|已审校/);
  });

  it('the PDF metadata of a draft does not claim an English translation it lacks', () => {
    const draft = buildPublication('t', new VFile({ path: 'zh.md', value: zh })).publication;
    const subject = (languages: 'en' | 'bilingual') => postMetadata(draft, languages, undefined, 'test', new Date(0)).subject;
    expect(subject('en')).toContain('English translation pending');
    expect(subject('bilingual')).toContain('英译待补');
    expect(subject('bilingual')).not.toContain('中英对照');
    const complete = load(markTranslated(zh, handWritten, 'all').value).publication;
    expect(postMetadata(complete, 'en', undefined, 'test', new Date(0)).subject).toContain('(English translation)');
  });
});

describe('duizhao translated CLI', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-translated-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');

  it('fills src= in en.md and then the checks pass', () => {
    cpSync(fixture, path.join(tmp, 'reports/stale'), { recursive: true });
    const enPath = path.join(tmp, 'reports/stale/en.md');
    writeFileSync(enPath, handWritten);
    const run = spawnSync(process.execPath, [bin, 'translated', 'stale', '--all', '--content', tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Marked translated: meta-title, h-000001, p-000001/);
    expect(stale(readFileSync(enPath, 'utf8'))).toBe(0);
    expect(readFileSync(enPath, 'utf8')).not.toContain('state=reviewed');
  });
});
