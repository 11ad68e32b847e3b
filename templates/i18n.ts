/**
 * UI strings for all editions: i18next with `locales/zh.json` and `locales/en.json`.
 * Components never hard-code a UI string; they receive `t` per language.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { simplifiedToTraditional } from '../pipeline/model/opencc.ts';
import type { ChineseTag } from '../pipeline/model/script.ts';
import type { Lang } from '../pipeline/model/types.ts';

/** i18next `t` bound to one language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

function localeText(lang: Lang): string {
  return readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8');
}

/**
 * locales/zh.json in traditional characters (OpenCC's s2t, pipeline/model/opencc.ts), for an edition of a report in
 * traditional characters (round 16: a Hong Kong policy address had 目录, 术语表, 关于本版, 节选 around its 繁體 text).
 * Each string is converted before it is filled, so the values put into it (a title, a caption) are never touched.
 */
function inTraditional(resource: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, typeof value === 'string' ? simplifiedToTraditional(value) : value && typeof value === 'object' ? inTraditional(value as Record<string, unknown>) : value]));
}

/** One long-date format per locale (making an Intl.DateTimeFormat costs far more than using one). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The way of writing a date in the English — the house's (duizhao.config.yaml `check.dateStyle`, config/types.ts), else the
 * report's translation's own (model/date-style.ts translationDateStyle; core/run.ts chooses): `month-day` prints the
 * editions' own English dates "June 27, 2024" too; without a style, or `day-month`, they print "27 June 2024".
 */
export type EnglishDateStyle = 'month-day' | 'day-month';

/**
 * Date as the language writes it: 2021年12月15日 / 15 December 2021, or December 15, 2021 in a house whose style is
 * `month-day` (ISO dates are read as UTC days).
 */
export function formatDate(value: string | Date, lang: Lang, style?: EnglishDateStyle): string {
  const date = typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const locale = lang === 'en' && style === 'month-day' ? 'en-US' : locales[lang];
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * One bound `t` per language; keys are shared (see locales/en.json). `script`: the script of the report the strings are
 * set around — its Chinese UI strings in traditional characters for zh-Hant (tagged so, templates/components/types.ts
 * textTag).
 */
/** The last translators made per script and date style, with the locale files' text they were made from. */
const madeFor = new Map<string, { texts: string; made: Promise<Record<Lang, Translate>> }>();

/**
 * The translators of a script, made once per process while locales/*.json stay as they are: every
 * build asks for them, and the dev server builds at each save (two i18next instances initialized and
 * every label looked up again, ~50 ms of a save); its preview preload then makes the ones the first
 * save uses. A locale file edited makes new ones.
 */
export function createTranslators(script: ChineseTag = 'zh-Hans', dateStyle?: EnglishDateStyle): Promise<Record<Lang, Translate>> {
  const texts = (['zh', 'en'] as const).map(localeText);
  const key = texts.join('\0');
  const slot = `${script}\0${dateStyle ?? ''}`;
  const kept = madeFor.get(slot);
  if (kept?.texts === key) return kept.made;
  const made = makeTranslators(script, texts.map((text) => JSON.parse(text) as Record<string, unknown>) as [Record<string, unknown>, Record<string, unknown>], dateStyle);
  madeFor.set(slot, { texts: key, made });
  made.catch(() => madeFor.delete(slot));
  return made;
}

async function makeTranslators(script: ChineseTag, [zh, en]: [Record<string, unknown>, Record<string, unknown>], dateStyle?: EnglishDateStyle): Promise<Record<Lang, Translate>> {
  const result = {} as Record<Lang, Translate>;
  for (const lang of ['zh', 'en'] as const) {
    const instance = i18next.createInstance();
    const resource = lang === 'zh' ? (script === 'zh-Hant' ? inTraditional(zh) : zh) : en;
    await instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation: resource } },
      interpolation: { escapeValue: false }, // hast escapes on serialization
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<typeof instance.init>[0]);
    instance.services.formatter?.add('longdate', (value: unknown) => formatDate(value as string | Date, lang, dateStyle));
    const t = instance.getFixedT(lang);
    // A page asks for the same labels hundreds of times (each block's, each note's): the answers
    // are kept, by key and options, when the options are plain strings and numbers (~20 ms a page).
    const known = new Map<string, string>();
    const templates = new Map<string, Template | null>();
    result[lang] = (key, options) => {
      const memo = options === undefined || Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number');
      if (!memo) return String(t(key, options as never));
      const id = options === undefined ? key : `${key}\0${JSON.stringify(options)}`;
      let text = known.get(id);
      if (text === undefined) {
        // A note's number makes every note's label a new key of `known`: a plain template is filled
        // here, as i18next fills it (each i18next call ~20-50 µs: half of composing the long report's EPUB).
        let template = templates.get(key);
        if (template === undefined) templates.set(key, (template = plainTemplate(resource, key)));
        text = template && options && fillable(template, options) ? fill(template, options) : String(t(key, options as never));
        known.set(id, text);
      }
      return text;
    };
  }
  return result;
}

/** A UI string as literal parts and the names of its `{{name}}` placeholders, alternating (parts.length = names.length + 1). */
interface Template {
  parts: string[];
  names: string[];
}

/** Options i18next reads itself (plurals, context, fallbacks, nesting…): a call with any of them goes to i18next. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'ns', 'fallbackLng', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'keySeparator', 'nsSeparator', 'ordinal', 'replace', 'skipInterpolation']);

/**
 * The key's string when i18next would only put option values into its `{{name}}` placeholders: a
 * plain string at a dotted key, no formatting (`{{date, longdate}}`), unescaped (`{{-`) or nested
 * (`$t(`) placeholder, no plural or context form of it. Else null (i18next answers).
 */
export function plainTemplate(resource: Record<string, unknown>, key: string): Template | null {
  if (key.includes(':')) return null;
  let node: unknown = resource;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string' || node.includes('$t(')) return null;
  const leaf = key.slice(key.lastIndexOf('.') + 1);
  const siblings = key.includes('.') ? key.split('.').slice(0, -1).reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], resource) : resource;
  if (Object.keys(siblings as object).some((other) => other.startsWith(`${leaf}_`))) return null; // a plural or context form
  const parts: string[] = [];
  const names: string[] = [];
  let rest = node;
  for (let at = rest.indexOf('{{'); at >= 0; at = rest.indexOf('{{')) {
    const end = rest.indexOf('}}', at);
    if (end < 0) return null;
    const name = rest.slice(at + 2, end).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
    parts.push(rest.slice(0, at));
    names.push(name);
    rest = rest.slice(end + 2);
  }
  parts.push(rest);
  return { parts, names };
}

/** Whether `options` fills every placeholder of `template` with a string or a number, and asks nothing of i18next. */
function fillable(template: Template, options: Record<string, unknown>): boolean {
  return Object.keys(options).every((name) => !I18NEXT_OPTIONS.has(name)) && template.names.every((name) => typeof options[name] === 'string' || typeof options[name] === 'number');
}

function fill(template: Template, options: Record<string, unknown>): string {
  let text = template.parts[0];
  for (let i = 0; i < template.names.length; i++) text += String(options[template.names[i]]) + template.parts[i + 1];
  return text;
}
