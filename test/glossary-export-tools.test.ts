/**
 * The term base's exports as real tools read them (stop 44 left: the CSV had no national notes; the TBX had them, but
 * marked only by a descripGrp `<note>` that no tool here shows). The notes for a national report (`note_en_national`,
 * `note_zh_national`: glossary/report-level.ts) must reach a translator in OmegaT's glossary pane, in a PO editor fed
 * by translate-toolkit's `tbx2po`, and a terminologist opening the CSV — and be told apart from the local note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCsv, exportTbx, parseGlossary } from '../pipeline/glossary/index.ts';

const root = path.join(import.meta.dirname, '..');
const { glossary } = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'), 'content/glossary.yaml');
const renDa = glossary.byId.get('ren-da')!;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-tbx-tools-'));
const tbx = path.join(tmp, 'duizhao.tbx');
writeFileSync(tbx, exportTbx(glossary));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The po file's entry for a source term: its msgctxt (where tbx2po puts the definitions) unwrapped and unescaped. */
function poEntry(po: string, msgid: string): string {
  const entry = po.split('\n\n').find((e) => e.includes(`\nmsgid "${msgid}"\n`));
  expect(entry, `tbx2po wrote an entry for ${msgid}`).toBeDefined();
  return entry!.replace(/"\n"/g, '').replaceAll('\\n', '\n').replaceAll('\\"', '"');
}

describe('the national notes as tools read the exports', () => {
  it('the term base has national notes to carry (人大, among others)', () => {
    expect(renDa.note_en_national).toContain('national legislature');
    expect(glossary.entries.filter((e) => e.note_en_national).length).toBeGreaterThan(1);
  });

  it("translate-toolkit's tbx2po: each national note, labelled, beside the local one", () => {
    const po = path.join(tmp, 'duizhao.po');
    const run = spawnSync('tbx2po', [tbx, po], { encoding: 'utf8', cwd: tmp });
    expect(run.status, `tbx2po (apt-get install translate-toolkit): ${run.stderr}`).toBe(0);
    const text = readFileSync(po, 'utf8');
    for (const entry of glossary.entries.filter((e) => e.note_en_national)) {
      const context = poEntry(text, entry.zh);
      expect(context, entry.id).toContain(`In a national report: ${entry.note_en_national}`);
      if (entry.note_zh_national) expect(context, entry.id).toContain(`全国性报告中：${entry.note_zh_national}`);
      // the local note is there too, unlabelled
      expect(context, entry.id).toContain(`\n${entry.note_en}`);
    }
  });

  it("OmegaT's TBX reader (its glossary pane): the national note's definition, labelled", () => {
    // OmegaT's reader needs a project's languages: a minimal project, zh-CN → en
    const project = path.join(tmp, 'omegat-project');
    const props = readFileSync(path.join(root, 'test/fixtures/newuser-round6/omegat.project'), 'utf8');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'omegat.project'), props);
    const java = path.join(tmp, 'OmegatTbxComments.java');
    // the fixture's reader, printing each entry's comments (the definitions the pane shows) as well
    writeFileSync(java, readFileSync(path.join(root, 'test/fixtures/translate/OmegatTbx.java'), 'utf8').replace('public class OmegatTbx', 'public class OmegatTbxComments')
      .replace('entry.getSrcText() + "\\t" + entry.getLocText()', 'entry.getSrcText() + "\\t" + entry.getLocText() + "\\t" + String.join(" | ", entry.getComments()).replace("\\n", " | ")'));
    // maxBuffer: OmegaT prints a line per Chinese form and English rendering, the zh-Hant langSet's forms too (round 37):
    // ~1.4 MB, past spawnSync's 1 MB default, at which Node stopped Java with SIGTERM (exit 143)
    const reader = spawnSync('java', ['-cp', '/usr/share/omegat/OmegaT.jar', java, project, tbx], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(reader.status, reader.stderr).toBe(0);
    const lines = reader.stdout.trim().split('\n').map((line) => line.split('\t'));
    const renDaLine = lines.find(([zh, en]) => zh === '人大' && en === renDa.en);
    expect(renDaLine, 'OmegaT reads 人大').toBeDefined();
    expect(renDaLine![2]).toContain(`definition: In a national report: ${renDa.note_en_national}`);
    expect(renDaLine![2]).toContain(`definition: ${renDa.note_en}`);
  }, 120_000);

  it("the CSV as Python's csv module reads it (a spreadsheet's or an importer's reader): note_national beside note", () => {
    const csv = path.join(tmp, 'duizhao.csv');
    writeFileSync(csv, exportCsv(glossary));
    const script = 'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f:\n    print(json.dumps(list(csv.DictReader(f))))';
    const rows = JSON.parse(execFileSync('python3', ['-c', script, csv], { encoding: 'utf8' })) as Array<Record<string, string>>;
    expect(rows).toHaveLength(glossary.entries.length);
    const row = rows.find((r) => r.id === 'ren-da')!;
    expect(row.note).toBe(renDa.note_en);
    expect(row.note_national).toBe(renDa.note_en_national);
    expect(row.note_zh_national).toBe(renDa.note_zh_national);
    expect(rows.find((r) => r.id === glossary.entries.find((e) => !e.note_en_national)!.id)!.note_national).toBe('');
  });
});
