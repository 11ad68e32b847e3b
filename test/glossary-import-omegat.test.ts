/**
 * `duizhao glossary import` of the glossary OmegaT itself writes: terms added through OmegaT 3.6's own code for its "Create
 * Glossary Entry" dialog (GlossaryReaderTSV.append, called by test/fixtures/glossary-import/OmegaTAddTerm.java), then
 * imported with the CLI into a copy of the project's term base.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseGlossary } from '../pipeline/glossary/index.ts';
import { readTerms } from '../pipeline/glossary/import.ts';

const repo = path.join(import.meta.dirname, '..');
const bin = path.join(repo, 'pipeline', 'bin.cjs');
const jar = '/usr/share/omegat/OmegaT.jar';

describe('glossary import: the glossary.txt OmegaT 3.6 writes', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'dz-omegat-glossary-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const classes = path.join(temp, 'java');
  const yaml = path.join(temp, 'content', 'glossary.yaml');
  mkdirSync(path.dirname(yaml), { recursive: true });
  copyFileSync(path.join(repo, 'content', 'glossary.yaml'), yaml);
  const before = readFileSync(yaml, 'utf8');

  /** Terms added to `file` by OmegaT's own code, as its dialog adds them. */
  const addWithOmegat = (file: string, ...terms: Array<[string, string, string]>) => {
    mkdirSync(classes, { recursive: true });
    execFileSync('javac', ['-cp', jar, '-d', classes, path.join(repo, 'test/fixtures/glossary-import/OmegaTAddTerm.java')]);
    execFileSync('java', ['-cp', `${jar}:${classes}`, 'OmegaTAddTerm', file, ...terms.flat()], { timeout: 120_000 });
  };
  const importTerms = (file: string) => spawnSync(process.execPath, [bin, 'glossary', 'import', file, '--glossary', yaml], { cwd: temp, encoding: 'utf8' });

  it('a term the translator added becomes an entry, its comment the note; one the term base holds alike is counted', () => {
    const file = path.join(temp, 'omegat', 'glossary', 'glossary.txt');
    addWithOmegat(file, ['新型工业化', 'new industrialization', 'The Party’s term since its 20th Congress (2022).'], ['营商环境', 'business environment', '']);
    const run = importTerms(file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Imported 1 new entry');
    expect(run.stderr).toContain('1 term(s) already there');
    const after = readFileSync(yaml, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const { glossary, file: loaded } = parseGlossary(after, yaml);
    expect(loaded.messages.filter((m) => m.fatal)).toEqual([]);
    expect(glossary.entries.at(-1)).toMatchObject({ id: 'xin-xing-gong-ye-hua', zh: '新型工业化', en: 'new industrialization', note_en: 'The Party’s term since its 20th Congress (2022).' });
  }, 180_000);

  it('a term OmegaT’s glossary renders otherwise than the term base is refused at its line, and the term base is left as it was', () => {
    const file = path.join(temp, 'conflict', 'glossary.txt');
    addWithOmegat(file, ['新质生产力', 'new quality productive forces', ''], ['营商环境', 'business conditions', '']);
    const kept = readFileSync(yaml, 'utf8');
    const run = importTerms(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/2:1 +error +Unexpected English “business conditions” for 营商环境/u);
    expect(run.stderr).toContain('nothing imported');
    expect(readFileSync(yaml, 'utf8')).toBe(kept);
  }, 180_000);

  it('a glossary.csv (no header; quoted fields holding commas) is read as OmegaT 3.6’s own reader of it reads it', () => {
    const file = path.join(temp, 'csv', 'glossary.csv');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '营商环境,business environment\n新质生产力,new quality productive forces,"Xi Jinping, 2023"\n"放管服","streamlining administration, delegating power, strengthening regulation and improving services",State Council\n');
    mkdirSync(classes, { recursive: true });
    execFileSync('javac', ['-cp', jar, '-d', classes, path.join(repo, 'test/fixtures/glossary-import/OmegaTReadCsv.java')]);
    const omegat = execFileSync('java', ['-cp', `${jar}:${classes}`, 'OmegaTReadCsv', file], { encoding: 'utf8', timeout: 120_000 })
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(omegat).toHaveLength(3);
    const read = new VFile({ path: file, value: readFileSync(file, 'utf8') });
    const ours = readTerms(read, 'csv').map((term) => [term.zh, term.en, term.note_en ?? '']);
    expect(read.messages).toEqual([]);
    expect(ours).toEqual(omegat);
  }, 180_000);
});
