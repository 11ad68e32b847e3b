/**
 * The bilingual page both bilingual ingest test files build their shapes from (Beijing's 2023
 * report, bj-beijing-2023-bilingual-news): its title block, three paragraphs and their official
 * English, and how a test reads the English back.
 */
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';

export const head = ['政府工作报告', '——2023年1月15日在北京市第十六届人民代表大会第一次会议上', '北京市代市长 殷勇'];
export const zh1 = '三年来，面对起伏延宕的世纪疫情，我们认真贯彻落实党中央决策部署，坚持人民至上、生命至上，有力应对多轮疫情冲击，最大程度保护人民生命安全和身体健康。';
export const en1 = "Over the past three years, in face of the once-in-a-century pandemic, we have fully implemented the Party Central Committee's decisions and plans to put people and their lives first and prevailed over multiple waves of Covid-19 infections.";
export const zh2 = '过去五年，全市地区生产总值迈上4万亿元台阶，人均地区生产总值达到19万元，居全国省级地区首位。';
export const en2 = "Over the past five years, Beijing's GDP exceeded 4 trillion yuan, and per capita GDP reached 190,000 yuan, ranking first among all provincial-level regions.";
export const zh3 = '我们坚持以首都发展为统领，深入实施人文北京、科技北京、绿色北京战略，城市发展质量明显提升。';
export const en3 = 'Guided by the capital’s development, we implemented the strategies of a people-centred, tech-powered and green Beijing, and the quality of urban development improved markedly.';

/** A page of these lines, one a line. */
export function page(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The report with the page's English in en.md, read back as the build reads it. */
export function english(markdown: string, en: string) {
  const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: markdown }), new VFile({ path: 'en.md', value: en }));
  return publication;
}
