/**
 * `duizhao ingest` as a user runs it (node pipeline/bin.cjs ingest …):
 * reproduces the committed seed zh.md byte for byte, prints the summary and
 * file:line:column messages, and refuses bad input with a clear message and
 * exit code 1 — never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ingestInProcess } from './ingest-helpers.ts';

const repo = path.join(import.meta.dirname, '..');
const seedDir = path.join(repo, 'content', 'reports', 'haidian-2021');
const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(repo, 'pipeline', 'bin.cjs'), 'ingest', ...args], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 590_000, // one command; under the test's 600 s (was 60 s, then 170 s: a loaded CI)
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error: .*\n.*node:internal/);

describe('duizhao ingest', () => {
  test('reproduces the committed seed zh.md byte for byte (with ingest.yaml), copies the source, prints a summary', () => {
    const out = path.join(tmp, 'seed');
    const { code, stdout, stderr } = run(path.join(seedDir, 'source.txt'), '--slug', 'haidian-2021', '--out', out, '--meta', path.join(seedDir, 'ingest.yaml'));
    expect(code).toBe(0);
    expect(readFileSync(path.join(out, 'zh.md'), 'utf8')).toBe(readFileSync(path.join(seedDir, 'zh.md'), 'utf8'));
    expect(readFileSync(path.join(out, 'source.txt')).equals(readFileSync(path.join(seedDir, 'source.txt')))).toBe(true);
    expect(stdout).toContain('blocks: 10 (1 heading, 9 paragraphs, 6 lead sentences)');
    expect(stdout).toContain('lines removed: 6 — navigation: line 1; moved to front matter: line 3; disclaimer: line 25; url: line 27; comments: lines 29, 30');
    expect(stdout).toMatch(/characters normalized: 119 \(119 punctuation, 0 spaces, 0 NFC\)/);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(8);
    // (the seed is the report's third page, starting mid-outline before （四）, as its scope note says: told, new user round 23)
    expect(lines).toContainEqual(expect.stringMatching(/source\.txt:5:3: info The report starts mid-outline, as the scope note says \(its first numbered heading, “（四）深化改革，区域发展竞争力进一步彰显” \(line 13\), is not number one, and 4 paragraphs stand before it/));
    // The seed page names no speaker and ingest.yaml gives none: the one warning says how to add it.
    expect(lines.filter((line) => / warning /.test(line))).toEqual([expect.stringMatching(/source\.txt:1:1: warning .*add `speaker` to the --meta file.*\(ingest\/missing-speaker\)$/)]);
    for (const line of lines.filter((l) => !/ warning /.test(l))) expect(line).toMatch(/^\S+source\.txt:\d+:\d+: info .+ \(ingest\/[\w-]+\)$/);
    expect(lines[0]).toMatch(/source\.txt:1:1: info Removed site boilerplate \(navigation menu\): “导航菜单” \(ingest\/navigation\)$/);
  });

  test('without --out writes content/reports/<slug>/ under the working directory; HTML input keeps its extension', () => {
    const page = path.join(tmp, 'page.html');
    writeFileSync(page, '<html><head><meta charset="utf-8"><title>某区政府工作报告</title></head><body><nav>首页 新闻</nav><p>各位代表：</p><p>现在，我代表区人民政府，向大会报告工作。</p></body></html>');
    const { code, stdout } = run(page, '--slug', 'some-district-2022');
    expect(code).toBe(0);
    const zh = readFileSync(path.join(tmp, 'content', 'reports', 'some-district-2022', 'zh.md'), 'utf8');
    expect(zh).toContain('title: 某区政府工作报告');
    expect(zh).toMatch(/^现在，我代表区人民政府，向大会报告工作。 \{#p-[0-9a-f]{6}\}$/m);
    expect(readFileSync(path.join(tmp, 'content', 'reports', 'some-district-2022', 'source.html'), 'utf8')).toContain('<nav>');
    expect(stdout).toContain('(html, utf-8)');
  });

  // Spawned: the real process, its exit code and its stderr (no stack trace).
  const spawned: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => write('empty.txt', ''), /empty\.txt:1:1: error Unexpected empty input.*\(ingest\/empty\)/],
    ['a binary file', () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /image\.txt:1:1: error Unexpected binary input: this is a PNG image \(ingest\/binary\)/],
    ['a 20 MB file', () => write('huge.txt', Buffer.alloc(20 * 1024 * 1024, '报告。')), /huge\.txt:1:1: error Unexpected input of 20\.0 MB, expected at most 8 MB.*\(ingest\/too-large\)/],
  ];
  for (const [what, make, message] of spawned) {
    test(`refuses ${what}: clear message, exit 1, no stack trace, nothing written`, () => {
      const input = make();
      const out = path.join(tmp, `out-${path.basename(input)}`);
      const { code, stdout, stderr } = run(input, '--slug', 'bad', '--out', out);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      noStackTrace(stderr);
      expect(stdout).toBe('');
      expect(() => readFileSync(path.join(out, 'zh.md'))).toThrow();
    });
  }

  // In-process (ingestInProcess): the same checks, faster.
  const bad: Array<[string, () => string, RegExp]> = [
    ['bytes with NUL', () => write('blob.bin', Buffer.from('abc\u0000\u0001\u0002def')), /blob\.bin:1:1: error Unexpected binary input.*\(ingest\/binary\)/],
    // A PDF is read (test/ingest-files.test.ts); one that is only its header is damaged.
    ['a damaged PDF', () => write('report.pdf', '%PDF-1.7\n%âãÏÓ\n'), /report\.pdf:1:1: error Unexpected damaged PDF: .*\(ingest\/pdf-damaged\)/],
    ['a damaged old Word document', () => write('report.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])), /report\.doc:1:1: error Unexpected damaged \.doc: it is not a readable OLE compound file.*save it as \.docx or PDF \(ingest\/doc-damaged\)/],
    ['text with no Chinese', () => write('english.txt', 'Report on the work of the government.\nDelivered on 15 December 2021.\n'), /english\.txt:1:1: error Unexpected text without Chinese characters.*\(ingest\/no-chinese\)/],
    ['undecodable bytes', () => write('noise.txt', noise()), /noise\.txt:1:1: error Unexpected undecodable input.*\(ingest\/undecodable\)/],
    ['a page that is all boilerplate', () => write('chrome.txt', '导航菜单\n返回首页\n本文地址：/a.html\n'), /chrome\.txt:1:1: error Unexpected page without report text.*\(ingest\/no-content\)/],
    ['a missing file', () => path.join(tmp, 'missing.txt'), /missing\.txt: error Could not read the input: no such file$/],
    ['a folder', () => tmp, /:1:1: error Unexpected input that is not a file$/],
  ];
  for (const [what, make, message] of bad) {
    test(`refuses ${what}: clear message, exit 1, nothing written`, async () => {
      const input = make();
      const out = path.join(tmp, `out-${path.basename(input)}`);
      const { code, stdout, stderr } = await ingestInProcess(input, { slug: 'bad', out });
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
      expect(() => readFileSync(path.join(out, 'zh.md'))).toThrow();
    });
  }

  test('refuses a missing or malformed --slug and an invalid --meta file', async () => {
    const input = write('ok.txt', '各位代表：\n\n现在，我代表区人民政府，向大会报告工作。\n');
    const noSlug = await ingestInProcess(input, {});
    expect(noSlug.code).toBe(1);
    expect(noSlug.stderr).toMatch(/error Expected `--slug <slug>`/);
    expect((await ingestInProcess(input, { slug: 'Bad Slug' })).code).toBe(1);
    const meta = write('meta.yaml', 'title: ok\nissuer: [unclosed\n');
    const badMeta = await ingestInProcess(input, { slug: 'ok', out: path.join(tmp, 'ok'), meta });
    expect(badMeta.code).toBe(1);
    expect(badMeta.stderr).toMatch(/meta\.yaml:\d+:\d+: error Invalid YAML in the meta file: Flow sequence/);
    const list = write('list.yaml', '- a\n- b\n');
    expect((await ingestInProcess(input, { slug: 'ok', out: path.join(tmp, 'ok'), meta: list })).stderr).toMatch(/list\.yaml:1:1: error Unexpected meta file content, expected a YAML mapping/);
    expect((await ingestInProcess(input, { slug: 'ok', out: path.join(tmp, 'ok'), meta: path.join(tmp, 'nope.yaml') })).stderr).toMatch(/nope\.yaml: error Could not read the meta file: no such file/);
  });

  test('an existing zh.md is not overwritten without --force', async () => {
    const input = write('again.txt', '各位代表：\n\n现在，我代表区人民政府，向大会报告工作。\n');
    const out = path.join(tmp, 'again');
    expect((await ingestInProcess(input, { slug: 'again', out })).code).toBe(0);
    writeFileSync(path.join(out, 'zh.md'), 'hand edits');
    const refusedRun = await ingestInProcess(input, { slug: 'again', out });
    expect(refusedRun.code).toBe(1);
    expect(refusedRun.stderr).toMatch(/again\/zh\.md: error Unexpected existing zh\.md: .* pass --force to overwrite it/);
    expect(readFileSync(path.join(out, 'zh.md'), 'utf8')).toBe('hand edits');
    expect((await ingestInProcess(input, { slug: 'again', out, force: true })).code).toBe(0);
    expect(readFileSync(path.join(out, 'zh.md'), 'utf8')).toMatch(/^---\n/);
  });

  test('a warning (no title) still writes the file and exits 0; the meta file fills the gap', async () => {
    const input = write('untitled.txt', '各位代表：\n\n现在，我代表区人民政府，向大会报告工作。\n');
    const out = path.join(tmp, 'untitled');
    const first = await ingestInProcess(input, { slug: 'untitled', out });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/untitled\.txt:1:1: warning Unexpected page without a recognisable title.*\(ingest\/missing-title\)/);
    expect(readFileSync(path.join(out, 'zh.md'), 'utf8')).toMatch(/^---\ntitle: ""\n---\n/);
    // Every field the page does not give is a warning naming it and the --meta file.
    // ("我代表区人民政府" names no place, so no issuer: a bare 区人民政府 is not a name.)
    for (const field of ['issuer', 'date', 'occasion', 'speaker']) expect(first.stderr).toMatch(new RegExp(`warning .*add \`${field}\` to the --meta file.*\\(ingest/missing-${field}\\)`));
    const meta = write('untitled.yaml', 'title: 某区人民政府工作报告\nissuer: 某区人民政府\ndate: 2022-01-06\noccasion: 2022年1月6日在某区第一届人民代表大会第一次会议上\nspeaker: 某区人民政府区长 某某\nscope: full\n');
    const second = await ingestInProcess(input, { slug: 'untitled', out, meta, force: true });
    // The meta file fills what the page lacked: nothing is overridden, nothing is missing.
    expect(second.stderr).not.toMatch(/warning|meta-override/);
    expect(readFileSync(path.join(out, 'zh.md'), 'utf8')).toMatch(/^---\ntitle: 某区人民政府工作报告\nissuer: 某区人民政府\ndate: 2022-01-06\noccasion: .*\nspeaker: .*\nscope: full\n---\n/);
  });

  test('an official English page given to ingest is refused with the way to align it (new user, round 11)', async () => {
    const input = path.join(repo, 'test/fixtures/newuser-round11/en-chinadaily.html');
    const result = await ingestInProcess(input, { slug: 'prc-gwr-2020-en', out: path.join(tmp, 'english') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error Unexpected page without report text.*\(ingest\/no-content\)/);
    expect(result.stderr).toContain('en-chinadaily.html: the page is in English: ingest reads the Chinese report; to put an official English translation under its blocks, ingest the Chinese page, then `duizhao align <slug> ');
    // guard: a Chinese page without report text gets no such hint
    const chrome = write('chrome.html', '<html><body><div class="nav">首页 | 新闻中心 | 政务公开</div><div class="footer">版权所有 某某区人民政府</div></body></html>');
    const plain = await ingestInProcess(chrome, { slug: 'chrome', out: path.join(tmp, 'chrome') });
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toContain('the page is in English');
  });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

function noise(): Buffer {
  let seed = 11;
  return Buffer.from(Array.from({ length: 6000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), 0x80 + (seed % 0x7f))));
}
