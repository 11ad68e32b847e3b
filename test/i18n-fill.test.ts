/**
 * templates/i18n.ts fills a plain UI string's `{{name}}` placeholders itself (a
 * note's number made every note's label a new i18next call: half of composing the
 * long report's EPUB, issue 16) — with the answers i18next gives, for every string of
 * both locales; formatting, plurals and nesting still go to i18next.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createTranslators, formatDate } from '../templates/i18n.ts';
import { repo } from './build-helpers.ts';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value, `${prefix}${key}.`)));

describe.each(['zh', 'en'] as const)('%s', (lang) => {
  const resource = JSON.parse(readFileSync(path.join(repo, 'templates/locales', `${lang}.json`), 'utf8')) as Tree;

  it('answers every string as i18next does, with strings, numbers and the options i18next reads', async () => {
    const reference = i18next.createInstance();
    await reference.init({ lng: lang, fallbackLng: false, resources: { [lang]: { translation: resource } }, interpolation: { escapeValue: false }, returnNull: false, initAsync: false, showSupportNotice: false } as Parameters<typeof reference.init>[0]);
    reference.services.formatter?.add('longdate', (value: unknown) => formatDate(value as string, lang));
    const expected = reference.getFixedT(lang);
    const t = (await createTranslators())[lang];
    let checked = 0;
    for (const [key, text] of strings(resource)) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const names = [...text.matchAll(/{{\s*-?\s*([A-Za-z_]\w*)/g)].map((m) => m[1]);
      for (const options of [
        undefined,
        Object.fromEntries(names.map((name) => [name, name === 'date' ? '2021-12-15' : `<${name} & 1>`])),
        Object.fromEntries(names.map((name, i) => [name, i + 7])),
        { ...Object.fromEntries(names.map((name) => [name, 'x'])), count: 1 },
        { ...Object.fromEntries(names.map((name) => [name, 'x'])), count: 2, context: 'male' },
      ]) {
        for (const k of new Set([key, base])) {
          expect(t(k, options), `${k} ${JSON.stringify(options)}`).toBe(String(expected(k, options as never)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(t('no.such.key', { number: 1 })).toBe(String(expected('no.such.key', { number: 1 } as never)));
  });

  it('asks i18next once for a label with 500 different numbers', async () => {
    const create = i18next.createInstance.bind(i18next);
    let calls = 0;
    const spy = vi.spyOn(i18next, 'createInstance').mockImplementation((...args) => {
      const instance = create(...args);
      const getFixedT = instance.getFixedT.bind(instance);
      instance.getFixedT = ((...a: Parameters<typeof getFixedT>) => {
        const fixed = getFixedT(...a);
        return ((...b: Parameters<typeof fixed>) => {
          calls++;
          return fixed(...b);
        }) as typeof fixed;
      }) as typeof instance.getFixedT;
      return instance;
    });
    try {
      const t = (await createTranslators())[lang];
      const labels = Array.from({ length: 500 }, (_, n) => t('noteNumber', { number: n + 1 }));
      expect(new Set(labels).size).toBe(500);
      expect(calls).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('translators kept for the process', () => {
  // Every build asks for them and the dev server builds at each save: i18next's two instances are made
  // once per script while locales/*.json stay the same (the dev preview's preload makes the first save's).
  it('gives the same translators for a script again, and other ones for another script', async () => {
    const init = vi.spyOn(i18next, 'createInstance');
    const before = init.mock.calls.length;
    const first = await createTranslators('zh-Hans');
    const again = await createTranslators('zh-Hans');
    expect(again).toBe(first);
    const traditional = await createTranslators('zh-Hant');
    expect(traditional).not.toBe(first);
    expect(traditional.zh('contents')).not.toBe(first.zh('contents'));
    expect(await createTranslators('zh-Hant')).toBe(traditional);
    // at most one pair of instances per script made here (none if an earlier test made them)
    expect(init.mock.calls.length - before).toBeLessThanOrEqual(4);
    init.mockRestore();
  });
});
