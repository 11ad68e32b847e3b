/**
 * Ingest benchmark: 1 MB of generated report text (headings, run-in
 * headings, lead sentences, half-width punctuation, PDF page footers and
 * soft-wrapped lines, site boilerplate), ingested once to warm up, then
 * timed. Also times half the text, so a non-linear slowdown shows as a ratio
 * well above 2. Run: `npx tsx pipeline/bench/ingest.ts`.
 */
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/index.ts';

export interface BenchResult {
  name: string;
  /** Wall-clock milliseconds (best of five). */
  ms: number;
  bytes: number;
  /** CPU milliseconds of the same run: steadier than wall time on a busy machine. */
  cpuMs: number;
}

const sentences = [
  '坚决贯彻党中央,国务院决策部署,科学精准抓好疫情防控',
  '日核酸检测能力28.9万份,人均体育场地面积2.63平方米',
  '圆明园成为全市第九家5A级景区,企业退休职工人均养老金4688元/月',
  '业委会(物管会)组建率98.1%,党组织和物业服务覆盖率分别达100%、97.3%',
  '深化“放管服”改革;完善“接诉即办、按需速办”长效机制',
  '推进“一网、一窗、一门、一次”改革,在全市率先实现企业登记全程电子化',
];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Deterministic report-like text of at least `bytes` UTF-8 bytes. */
export function generateReport(bytes: number): string {
  const parts = ['导航菜单', '', '(北京市)北京市某区人民政府工作报告(2021年12月15日)', '', '各位代表:', ''];
  let size = Buffer.byteLength(parts.join('\n'));
  for (let i = 0; size < bytes; i++) {
    const chunk: string[] = [];
    if (i % 20 === 0) chunk.push(`${numerals[(i / 20) % 10]}、第${i}部分工作回顾`, '');
    if (i % 5 === 0) chunk.push(`(${numerals[(i / 5) % 10]})深化改革第${i}项,区域发展竞争力进一步彰显。聚焦体制机制创新,${sentences[i % 6]}。`, '');
    const body = Array.from({ length: 6 }, (_, k) => sentences[(i + k) % 6]).join(',') + '。';
    // Soft-wrapped at 38 characters, like text extracted from a PDF.
    const wrapped = `  第${i}项工作成效显著。${body}`.match(/[\s\S]{1,38}/g)!;
    chunk.push(...wrapped, '');
    if (i % 7 === 0) chunk.push(`第 ${i} 页 共 9999 页`, '');
    if (i % 11 === 0) chunk.push('【打印页面】【关闭页面】', '');
    const text = chunk.join('\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  parts.push('本文仅代表作者观点,不代表本站立场。', '留言与评论(共有 条评论)', '验证码:');
  return parts.join('\n');
}

function measure(input: Buffer): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = ingest(input, { fileName: 'bench.txt', slug: 'bench' });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (result.summary.blocks === 0) throw new Error('benchmark input produced no blocks');
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function best(input: Buffer, runs: number): { ms: number; cpuMs: number } {
  const results = Array.from({ length: runs }, () => measure(input));
  return results.reduce((a, b) => (b.ms < a.ms ? b : a));
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function runIngestBench(): Promise<BenchResult> {
  const input = Buffer.from(generateReport(1024 * 1024));
  measure(input); // warm-up: JIT and module initialisation
  const { ms, cpuMs } = best(input, 5);
  return { name: 'ingest 1 MB report text', ms: round(ms), bytes: input.length, cpuMs: round(cpuMs) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runIngestBench();
  const half = best(Buffer.from(generateReport(512 * 1024)), 5);
  console.log(
    `${result.name}: ${result.ms} ms wall, ${result.cpuMs} ms CPU for ${(result.bytes / 1024 / 1024).toFixed(2)} MB` +
      ` (0.5 MB: ${round(half.cpuMs)} ms CPU; 1 MB / 0.5 MB = ${(result.cpuMs / half.cpuMs).toFixed(2)}, linear ≈ 2)`,
  );
}
