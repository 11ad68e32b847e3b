/**
 * UI strings for all editions: i18next with `locales/zh.json` and `locales/en.json`.
 * Components never hard-code a UI string; they receive `t` per language.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Lang } from '../pipeline/model/types.ts';

/** i18next `t` bound to one language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

function loadResource(lang: Lang): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** One long-date format per language (making an Intl.DateTimeFormat costs far more than using one). */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Date as the language writes it: 2021年12月15日 / 15 December 2021 (ISO dates are read as UTC days). */
export function formatDate(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** One bound `t` per language; keys are shared (see locales/en.json). */
export async function createTranslators(): Promise<Record<Lang, Translate>> {
  const result = {} as Record<Lang, Translate>;
  for (const lang of ['zh', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation: loadResource(lang) } },
      interpolation: { escapeValue: false }, // hast escapes on serialization
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<typeof instance.init>[0]);
    instance.services.formatter?.add('longdate', (value: unknown) => formatDate(value as string | Date, lang));
    const t = instance.getFixedT(lang);
    // A page asks for the same labels hundreds of times (each block's, each note's): the answers
    // are kept, by key and options, when the options are plain strings and numbers (~20 ms a page).
    const known = new Map<string, string>();
    result[lang] = (key, options) => {
      const memo = options === undefined || Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number');
      if (!memo) return String(t(key, options as never));
      const id = options === undefined ? key : `${key}\0${JSON.stringify(options)}`;
      let text = known.get(id);
      if (text === undefined) known.set(id, (text = String(t(key, options as never))));
      return text;
    };
  }
  return result;
}
