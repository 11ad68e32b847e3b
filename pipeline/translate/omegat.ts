/**
 * The OmegaT project a report's XLIFF 1.2 goes into (`duizhao xliff export <slug> --omegat <dir>`): the
 * project file (Chinese to English, one segment per unit: sentence segmentation off, as each unit is a
 * block of the report), the preferences that read a TMX's `<bpt>`/`<ept>` codes as the XLIFF's tags
 * (level-2 TMX, so the memory's bold leads and note calls match), and every folder OmegaT 3.6 needs:
 * its console mode stops with "Unable to read project file!" when `target/` or `omegat/` is missing.
 * The source language is the report's (a Macao text in traditional characters is zh-MO, not zh-CN).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The project file for a source language (model/script.ts sourceLanguageTag: zh-CN, or zh-MO, zh-HK, zh-TW, zh-Hant, zh-Hans-MO, zh-Hans-HK, zh-Hans-TW). */
export const omegatProjectFileFor = (sourceLang: string): string => omegatProjectFile.replace('<source_lang>zh-CN</source_lang>', `<source_lang>${sourceLang}</source_lang>`);

export const omegatProjectFile = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>source</source_dir>
    <source_dir_excludes/>
    <target_dir>target</target_dir>
    <tm_dir>tm</tm_dir>
    <glossary_dir>glossary</glossary_dir>
    <glossary_file>glossary/glossary.txt</glossary_file>
    <dictionary_dir>dictionary</dictionary_dir>
    <source_lang>zh-CN</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

/** Options › Preferences › TMX: read external TMX at level 2 (inline codes as tags). */
export const omegatPrefs = `<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <ext_tmx_show_level2>true</ext_tmx_show_level2>
    <ext_tmx_use_slash>true</ext_tmx_use_slash>
  </preference>
</omegat>
`;

/** Every folder of the project (memories go in tm/auto, the term base in glossary/). */
export const omegatFolders = ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', 'config'] as const;

/**
 * Make the project in `dir`: its folders, and the project file and preferences where there are none
 * (a translator's own are kept). Returns the files written and the files kept.
 */
export async function makeOmegatProject(dir: string, sourceLang = 'zh-CN'): Promise<{ written: string[]; kept: string[]; keptLang?: string }> {
  for (const folder of omegatFolders) await mkdir(path.join(dir, folder), { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  let keptLang: string | undefined;
  for (const [name, text] of [['omegat.project', omegatProjectFileFor(sourceLang)], ['config/omegat.prefs', omegatPrefs]] as const) {
    const file = path.join(dir, name);
    if (existsSync(file)) {
      kept.push(name);
      if (name === 'omegat.project') keptLang = /<source_lang>([^<]*)<\/source_lang>/.exec(await readFile(file, 'utf8'))?.[1]?.trim();
    }
    else {
      await writeFile(file, text);
      written.push(name);
    }
  }
  return { written, kept, keptLang };
}
