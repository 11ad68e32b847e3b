/**
 * `duizhao xliff export|import` and `duizhao mt` end to end on a temp copy
 * of the real report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { revisionsUndone } from './fixture-report.ts';
import { round10Revisions } from './newuser10-revisions.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-xliff-'));
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
const report = path.join(import.meta.dirname, '../content/reports/haidian-2021');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--content', tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DUIZHAO_MT_URL: '' } });
const enPath = path.join(tmp, 'reports/haidian-2021/en.md');

/** The report exported as XLIFF 1.2 to `name` in the temp folder: the file's path and text. */
function export12(name: string): { xlf: string; xml: string } {
  const xlf = path.join(tmp, name);
  expect(run('xliff', 'export', 'haidian-2021', '--xliff', '1.2', '-o', xlf).status).toBe(0);
  return { xlf, xml: readFileSync(xlf, 'utf8') };
}

/** "line:column" of offset `at` in `text`. */
const lineColumn = (text: string, at: number) => `${text.slice(0, at).split('\n').length}:${at - text.lastIndexOf('\n', at - 1)}`;

/** `text` written to `xlf` and imported: refused (exit 1, stderr matching `pattern`), en.md untouched. */
function refusedWith(xlf: string, text: string, pattern: RegExp, reportKnown = true): void {
  const before = readFileSync(enPath, 'utf8');
  writeFileSync(xlf, text);
  const result = run('xliff', 'import', xlf);
  expect(result.status, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toMatch(pattern);
  if (reportKnown) expect(result.stderr).toContain('not changed — the import was refused');
  expect(readFileSync(enPath, 'utf8')).toBe(before);
}

describe('xliff CLI', () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exports to a file and imports an edited copy into en.md', () => {
    cpSync(report, path.join(tmp, 'reports/haidian-2021'), { recursive: true });
    const before = readFileSync(enPath, 'utf8');
    const xlf = path.join(tmp, 'h.xlf');
    const exported = run('xliff', 'export', 'haidian-2021', '-o', xlf);
    expect(exported.status).toBe(0);
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toContain('<file id="haidian-2021">');

    const same = run('xliff', 'import', xlf);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('updated 0 block(s), inserted 0');
    expect(readFileSync(enPath, 'utf8')).toBe(before);

    const id = /<unit id="(h-[^"]+)">/.exec(xml)![1];
    const edited = xml.replace(new RegExp(`(<unit id="${id}">[\\s\\S]*?<target>)([^<]*)(</target>)`), '$1$2 (edited)$3');
    writeFileSync(xlf, edited);
    const changed = run('xliff', 'import', xlf);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain(`updated 1 block(s) (${id})`);
    const after = readFileSync(enPath, 'utf8');
    // the unit keeps the state it was exported with (the real report is reviewed)
    const state = /state="(\w+)"/.exec(/<segment[^>]*>/.exec(edited.slice(edited.indexOf(`<unit id="${id}">`)))![0])?.[1];
    const suffix = state === 'reviewed' ? ' state=reviewed' : '';
    expect(after).toMatch(new RegExp(` \\(edited\\) \\{#${id} src=[0-9a-f]{8}${suffix}\\}`));
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toHaveLength(1);
  });

  it('refuses an import it cannot convert: exit 1, file:line:column, en.md untouched; a 1.2 round trip changes nothing', () => {
    const before = readFileSync(enPath, 'utf8');
    const { xlf, xml } = export12('h12.xlf');
    expect(xml).toContain('<xliff version="1.2"');
    const same = run('xliff', 'import', xlf);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain('updated 0 block(s), inserted 0');
    expect(readFileSync(enPath, 'utf8')).toBe(before);
    const bad = xml.replace('We achieved major strategic success', '<g id="9">We</g> achieved major strategic success');
    refusedWith(xlf, bad, new RegExp(`h12\\.xlf\\n\\s*${lineColumn(bad, bad.indexOf('<g id="9">'))}\\s+error\\s+Cannot convert \`<g id="9">\``));
  });

  it('refuses the bad files a translator really sends back (new user, 2026-12-01): exit 1, file:line:column, en.md untouched', () => {
    const { xlf, xml } = export12('bad.xlf');
    /** The place of a unit's <trans-unit> in a file. */
    const unitAt = (text: string, id: string) => lineColumn(text, text.indexOf(`<trans-unit id="${id}"`));
    const targetOf = (text: string, id: string) => {
      const start = text.indexOf('<target', text.indexOf(`<trans-unit id="${id}"`));
      return [start, text.indexOf('</target>', start)] as const;
    };
    // 1. the bold lead sentence's tags dropped from a target (the words kept)
    const [ts, te] = targetOf(xml, 'p-33799f');
    const dropped = xml.slice(0, ts) + xml.slice(ts, te).replace(/<g id="1"[^>]*>/, '').replace('</g>', '') + xml.slice(te);
    refusedWith(xlf, dropped, new RegExp(`bad\\.xlf\\n\\s*${unitAt(dropped, 'p-33799f')}\\s+error\\s+Cannot import \`p-33799f\`: .*bold lead sentence`));
    // 2. a figure changed in a target
    const figure = xml.replace('65 billion yuan', '56 billion yuan');
    expect(figure).not.toBe(xml);
    refusedWith(xlf, figure, new RegExp(`bad\\.xlf\\n\\s*${unitAt(figure, 'p-33799f')}\\s+error\\s+Cannot import \`p-33799f\`: .*650亿`));
    // 3. a file from another report, imported into this one
    const other = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="haidian-2021" source-language="zh-CN" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="meta-title" resname="meta-title">
        <source>桃江县政府工作报告</source>
        <target state="translated">Taojiang County Government Work Report</target>
      </trans-unit>
      <trans-unit id="p-899ea4" resname="p-899ea4">
        <source>2021年，我们坚持以习近平新时代中国特色社会主义思想为指导。</source>
        <target state="translated">In 2021, we were guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;
    refusedWith(xlf, other, /bad\.xlf\n\s*3:3\s+error\s+None of the 1 unit\(s\) of this file is a block of haidian-2021/);
    // its front matter mixed into this report's file: front matter has no src= to record a change by, so it is refused
    const title = /<trans-unit id="meta-title"[^>]*>\s*<source>([^<]*)<\/source>/.exec(xml)![1];
    const mixed = xml.replace(`<source>${title}</source>`, '<source>桃江县政府工作报告</source>');
    refusedWith(xlf, mixed, new RegExp(`bad\\.xlf\\n\\s*${unitAt(mixed, 'meta-title')}\\s+error\\s+Cannot import \`meta-title\`: the file's Chinese “桃江县政府工作报告” is not the title of haidian-2021`));
    // 4. a truncated file
    // (the report is not known yet: the error names the file only; was: "Could not parse XML with `@rgrove/parse-xml`")
    refusedWith(xlf, xml.slice(0, Math.floor(xml.length * 0.6)), /bad\.xlf:\d+:\d+: Cannot read the XLIFF: Missing end tag for element [\w-]+: the file ends before its root element is closed \(truncated/, false);
  });

  // Found by a new user (round 4, 2026-12-01): a refused first import said "en.md: not changed" of a file that does not exist.
  it('a refused first import (no en.md yet) says en.md was not created, and creates none', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'duizhao-xliff-new-'));
    try {
      cpSync(path.join(report, 'zh.md'), path.join(fresh, 'reports/haidian-new/zh.md'), { recursive: true });
      const inFresh = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, '--content', fresh], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const xlf = path.join(fresh, 'new.xlf');
      expect(inFresh('xliff', 'export', 'haidian-new', '--xliff', '1.2', '-o', xlf).status).toBe(0);
      const xml = readFileSync(xlf, 'utf8');
      // the first unit whose Chinese has a figure, given English with another figure
      const unit = /<trans-unit id="(p-[^"]+)"[^>]*>\s*<source>[^<]*\d[^<]*<\/source>\s*<target[^>]*>[^<]*<\/target>/.exec(xml)!;
      writeFileSync(xlf, xml.replace(unit[0], unit[0].replace(/<target[^>]*>[^<]*<\/target>/, '<target state="translated">It grew by 99 percent.</target>')));
      const result = inFresh('xliff', 'import', xlf);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toContain('en.md: not created — the import was refused');
      expect(existsSync(path.join(fresh, 'reports/haidian-new/en.md'))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('export --omegat makes the OmegaT project the 1.2 file goes in, folders and all, and keeps a project file that is there (new user, round 7)', () => {
    // Was: README's "the project is two small files" (omegat.project, config/omegat.prefs) — OmegaT 3.6's console mode then
    // stopped with "Unable to read project file!" (a NullPointerException on projectDir) until target/ and omegat/ existed.
    const project = path.join(tmp, 'omegat-hd');
    const made = run('xliff', 'export', 'haidian-2021', '--omegat', project);
    expect(made.status, made.stderr).toBe(0);
    for (const dir of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', 'config']) expect(existsSync(path.join(project, dir)), dir).toBe(true);
    expect(readFileSync(path.join(project, 'source/haidian-2021.xlf'), 'utf8')).toContain('<xliff version="1.2"');
    expect(readFileSync(path.join(project, 'omegat.project'), 'utf8')).toContain('<source_lang>zh-CN</source_lang>');
    expect(readFileSync(path.join(project, 'config/omegat.prefs'), 'utf8')).toContain('<ext_tmx_show_level2>true</ext_tmx_show_level2>');
    expect(made.stderr).toContain(`omegat ${project} --mode=console-translate --config-dir=${path.join(project, 'config')}`);
    expect(made.stderr).toContain(`xliff import ${path.join(project, 'target/haidian-2021.xlf')}`);
    // a project the translator already has (other settings) is kept; the XLIFF is written again
    writeFileSync(path.join(project, 'omegat.project'), '<omegat>mine</omegat>');
    const again = run('xliff', 'export', 'haidian-2021', '--omegat', project);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'omegat.project'), 'utf8')).toBe('<omegat>mine</omegat>');
    expect(again.stderr).toContain('kept');
    // OmegaT reads XLIFF 1.2: 2.0 with --omegat is refused
    const v2 = run('xliff', 'export', 'haidian-2021', '--omegat', project, '--xliff', '2.0');
    expect(v2.status).toBe(1);
    expect(v2.stderr).toContain('--omegat writes XLIFF 1.2');
  });

  it('--xliff 2.0 as README writes it is XLIFF 2.0, and --xliff 2 too (new user, round 7)', () => {
    // Was: "unknown --xliff 2, expected 2.0 or 1.2" — the option parser had read 2.0 as the number 2.
    for (const flag of ['2.0', '2']) {
      const out = path.join(tmp, `v${flag}.xlf`);
      const result = run('xliff', 'export', 'haidian-2021', '--xliff', flag, '-o', out);
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"[^>]* version="2.0"/);
    }
    const bad = run('xliff', 'export', 'haidian-2021', '--xliff', '2.1');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown --xliff 2.1, expected 2.0 or 1.2');
  });

  it('tm export, glossary export and xliff export -o make the folder they write into (new user, round 7: README step 2 in an empty project)', () => {
    // Was: `tm export -o xicheng/tm/auto/duizhao.tmx` as README's step 2 says, in a new project: "duizhao: ENOENT: no such file or directory"
    const project = path.join(tmp, 'new-project');
    const tm = run('tm', 'export', '-o', path.join(project, 'tm/auto/duizhao.tmx'));
    expect(tm.status, tm.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'tm/auto/duizhao.tmx'), 'utf8')).toContain('<tmx version="1.4"');
    const glossary = spawnSync(process.execPath, [bin, 'glossary', 'export', '-o', path.join(project, 'glossary/duizhao.tbx'), '--glossary', path.join(import.meta.dirname, '../content/glossary.yaml')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(glossary.status, glossary.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'glossary/duizhao.tbx'), 'utf8')).toContain('<martif');
    const xliff = run('xliff', 'export', 'haidian-2021', '--xliff', '1.2', '-o', path.join(project, 'source/haidian-2021.xlf'));
    expect(xliff.status, xliff.stderr).toBe(0);
    expect(existsSync(path.join(project, 'source/haidian-2021.xlf'))).toBe(true);
  });

  it('mt is off without DUIZHAO_MT_URL and says how to turn it on', () => {
    const result = run('mt', 'haidian-2021');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Machine translation is off: set DUIZHAO_MT_URL');
  });

  it('mt refuses an en.md that is not UTF-8 at its byte, before any request, and leaves it as it was', () => {
    // was: read with readFile('utf8'), the bytes became U+FFFD unseen (and the drafts were written over the file)
    const before = readFileSync(enPath);
    const bad = Buffer.concat([before.subarray(0, 40), Buffer.from([0xc4, 0xe3]), before.subarray(40)]);
    writeFileSync(enPath, bad);
    const result = spawnSync(process.execPath, [bin, 'mt', 'haidian-2021', '--content', tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DUIZHAO_MT_URL: 'http://127.0.0.1:9/v1', DUIZHAO_MT_MODEL: 'none' } });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/en\.md:\d+:\d+: .*UTF-8/);
    expect(readFileSync(enPath).equals(bad)).toBe(true);
    writeFileSync(enPath, before);
  });

  // New user, round 8: Trados Studio's bilingual file names the report only by the path of the .xlf it opened
  // (<file original="C:\\…\\zh-CN\\shandong-congress-2021.xlf">); was "is for report `C:\\Users\\…`, but …/zh.md does not exist".
  it('imports a Trados .sdlxliff as it is, the report named by the file Trados opened', () => {
    const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round8');
    const dir = path.join(tmp, 'reports/shandong-congress-2021');
    cpSync(path.join(fixture, 'zh.md'), path.join(dir, 'zh.md'));
    const sdlxliff = path.join(fixture, 'shandong-congress-2021.xlf.sdlxliff');
    const result = run('xliff', 'import', sdlxliff);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/shandong-congress-2021\/en\.md: created with 7 block\(s\)/);
    expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toContain('{#p-4edee6 src=4edee63c state=reviewed}');
  });

  // New user, round 10: Phrase TMS's .mxliff names the report by the file uploaded (<file original="wuhan-cppcc-2021.xlf">)
  // and the units by Phrase's segments (<task>:<n>); was "is for report `wuhan-cppcc-2021.xlf`, but …/zh.md does not exist",
  // and with --slug "None of the 14 unit(s) of this file is a block of wuhan-cppcc-2021".
  it("imports Phrase's bilingual .mxliff as it is: the translator's (a segment unconfirmed, named at its line:column), then the reviser's", () => {
    const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round10');
    const dir = path.join(tmp, 'reports/wuhan-cppcc-2021');
    cpSync(path.join(fixture, 'zh.md'), path.join(dir, 'zh.md'));
    const translator = run('xliff', 'import', path.join(fixture, 'wuhan-cppcc-2021-zh_cn-en-T.mxliff'));
    expect(translator.status, translator.stdout + translator.stderr).toBe(0);
    expect(translator.stdout).toMatch(/wuhan-cppcc-2021\/en\.md: created with 5 block\(s\)/);
    expect(translator.stderr).toMatch(/wuhan-cppcc-2021-zh_cn-en-T\.mxliff\n\s*132:1\s+warning\s+Segment Kx7Qm2Rb9TzLp4Wn1:9 of `p-e3e0e4` is not confirmed in Phrase/);
    const reviser = run('xliff', 'import', path.join(fixture, 'wuhan-cppcc-2021-zh_cn-en-R.mxliff'));
    expect(reviser.status, reviser.stdout + reviser.stderr).toBe(0);
    expect(reviser.stdout).toMatch(/inserted 1 \(p-e3e0e4\)/);
    // (stop 59) en.md as Phrase's files give it: the second translator's later corrections undone
    expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toBe(revisionsUndone(readFileSync(path.join(fixture, 'en.md'), 'utf8'), round10Revisions));
  });
});
