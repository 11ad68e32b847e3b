import iconv from 'iconv-lite';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const gbk = (s: string) => iconv.encode(s, 'gbk');
const ordinary = (c: string) => {
  const b = gbk(c);
  if (b.length === 2 && iconv.decode(b, 'gbk') === c && b[0] >= 0xb0 && b[0] <= 0xd7 && b[1] >= 0xa1) return true;
  const t = iconv.encode(c, 'big5');
  if (t.length === 2 && iconv.decode(t, 'big5') === c) { const v = t[0] * 256 + t[1]; if (v >= 0xa440 && v <= 0xc67e) return true; }
  return /[“”‘’（），。、；：！？《》]/u.test(c);
};
const symbolRow = /[\u3040-\u30ff\u3100-\u312f\u0370-\u03ff\u0400-\u04ff\u2460-\u24ff\u2500-\u257f]/u;
const odd = (c: string) => (/\p{Script=Han}/u.test(c) && !ordinary(c)) || symbolRow.test(c);
import { COMMON_HAN } from './pipeline/ingest/common-han.ts';
const commonShare = (s: string) => { const h = [...s].filter((c) => /\p{Script=Han}/u.test(c)); return h.filter((c) => COMMON_HAN.has(c)).length / Math.max(1, h.length); };
const FULL: Record<string,string> = { '!': '！', ';': '；', ',': '，', ':': '：', '(': '（', ')': '）', };
export function shifted(text: string) {
  const hits: Array<{ at: number; garbled: string; reading: string }> = [];
  const chars = [...text].map((c) => FULL[c] ?? c);
  if ((text.match(/[\u3040-\u30ff]/gu)?.length ?? 0) >= 5) return hits;
  for (let k = 0; k < chars.length; k++) {
    if (!odd(chars[k])) continue;
    let best: { i: number; j: number; reading: string } | undefined;
    for (let i = Math.max(0, k - 3); i <= k; i++) for (let j = k + 1; j <= Math.min(chars.length, k + 9); j++) {
      const w = chars.slice(i, j);
      if (w.some((c) => /[\x00-\x7f]/.test(c))) break;
      if (w.length < 3) continue;
      const b = gbk(w.join(''));
      if (iconv.decode(b, 'gbk') !== w.join('')) continue;
      const reading = iconv.decode(b.subarray(1), 'gbk').replace(/\uFFFD$/u, '');
      const r = [...reading];
      if (r.length < w.length - 1 || !r.every(ordinary) || r.filter((c) => /\p{Script=Han}/u.test(c)).length < 2) continue;
      const n = w.filter(odd).length;
      const sym = w.filter((c) => symbolRow.test(c)).length;
      if (!w.some((c) => /\p{Script=Han}/u.test(c))) continue;
      const marks = (x: string) => (x.match(/[“”（），。、]/gu)?.length ?? 0);
      if ((sym === 0 && n < 2 && !(n >= 1 && marks(reading) - marks(w.join('')) >= 2)) || n / w.length < 0.2 || commonShare(reading) < 0.5 || commonShare(reading) <= commonShare(w.join(''))) continue;
      if (!(odd(chars[i]) || /[\u3000-\u303f\uff00-\uffef]/u.test(chars[i]))) continue;
      if (!best || j > best.j || (j === best.j && i < best.i)) best = { i, j, reading };
    }
    if (best) { hits.push({ at: best.i, garbled: chars.slice(best.i, best.j).join(''), reading: best.reading }); k = best.j; }
  }
  return hits;
}
const roots = process.argv.slice(2);
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : /\.(txt|html?)$/i.test(n) ? [p] : []; });
let pages = 0;
for (const r of roots) for (const f of walk(r)) { pages++;
  const t = readFileSync(f, 'utf8').replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu, '');
  for (const h of shifted(t)) console.log(f.replace('/work/',''), h.garbled, '→', h.reading, commonShare(h.reading).toFixed(2));
}
console.error(pages, 'pages');
