/** Chinese dates (2021年12月15日, 二〇二一年十二月十五日, 2021-12-15) → ISO YYYY-MM-DD. */

const digits: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number | undefined {
  if (/^[0-9０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  // 十 / 十二 / 二十 / 二十五 / 三十一
  const match = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return undefined;
  const tens = match[2] ? (match[1] ? digits[match[1]] : 1) : 0;
  const ones = match[3] ? digits[match[3]] : match[2] ? 0 : match[1] ? digits[match[1]] : 0;
  return tens * 10 + ones;
}

function year(text: string): number | undefined {
  if (/^[0-9０-９]{4}$/.test(text)) return chineseNumber(text);
  if ([...text].length !== 4) return undefined;
  let value = 0;
  for (const char of text) {
    if (!(char in digits)) return undefined;
    value = value * 10 + digits[char];
  }
  return value;
}

const N = '[0-9０-９]+|[一二三十]{1,3}';
const Y = '[0-9０-９]{4}|[〇零O一二三四五六七八九]{4}';
const chineseDate = new RegExp(`(${Y})\\s*年\\s*(${N}|[一二三四五六七八九十]{1,2})\\s*月\\s*(${N}|[一二三四五六七八九十]{1,3})\\s*日`);
const isoDate = /([0-9]{4})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})/;

export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  for (const re of [chineseDate, isoDate]) {
    const match = re.exec(text);
    if (!match) continue;
    const y = re === isoDate ? Number(match[1]) : year(match[1]);
    const m = re === isoDate ? Number(match[2]) : chineseNumber(match[2]);
    const d = re === isoDate ? Number(match[3]) : chineseNumber(match[3]);
    if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31) continue;
    return { iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, index: match.index, length: match[0].length };
  }
  return undefined;
}

/**
 * A date as PDF extraction may leave it: findDate first, else "2020 1 7 日"
 * (年 and 月 lost, the numbers still apart) read as year, month, day.
 */
export function looseDate(text: string): string | undefined {
  const found = findDate(text.replace(/\s+/g, ''));
  if (found) return found.iso;
  // Spaces where 年/月 were lost ("2020 1 7 日"), or 年 alone lost before a month that kept 月 ("20211月12日").
  const match = /([0-9]{4})\s*年?\s+([0-9]{1,2})\s*月?\s+([0-9]{1,2})\s*日/.exec(text) ?? /((?:19|20)[0-9]{2})([0-9]{1,2})月([0-9]{1,2})日/.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
