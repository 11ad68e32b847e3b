/**
 * A document site's preview (yzwku.com, stop 36's known gap): the upload's title runs straight into the report's first
 * heading, nothing between them — "1、政府工作报告一、基本情况。…" (the chunk number the site's). The title is split from
 * the heading in general: a text ending in 报告 that reads as a title, right before "一、" and a heading's text.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening =
  '2023年,全县上下坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,认真落实县委各项决策部署,统筹推进稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作,经济社会发展取得新成效。';

describe('a title glued to the first heading ("政府工作报告一、基本情况。")', () => {
  test('a document site\'s chunked preview: the title, then the heading (was: one paragraph "政府工作报告一、基本情况。2023年…", no title)', () => {
    const page = [
      '政府工作报告.docx',
      '《政府工作报告.docx》由会员分享,可在线阅读,更多相关《政府工作报告.docx(8页珍藏版)》请在优知文库上搜索。',
      `1、政府工作报告一、基本情况。${opening}全年实现地区生产总值186.5亿元,同比增长5.2%;一般公共预算收入12.3亿元,增长6.1%;城乡居民人均可支配收入分别达到4`,
      '2、2850元和19630元,分别增长4.8%和7.2%。二、主要工作。一是抓项目建设。全年实施重点项目120个,完成投资85亿元,其中新开工项目46个,竣工投产项目38个。二是抓产业发展。新培育规上工业企业15家,高新技术企业达到42家,工业增加值增长7.5%,产业结构持续优化,发展质量效益稳步提升。三是抓乡村振兴。粮食总产量稳定在35万吨以上,新建高标准农田5.2万亩,农村人居环境整治扎实推进,带动农户增收成效明显。四是抓',
      '3、改革开放。营商环境持续优化',
    ].join('\n');
    const { front, blocks, rules } = readIngested(page);
    expect(front.title).toBe('政府工作报告');
    expect(blocks[0]).toBe('## 一、基本情况');
    expect(blocks[1]).toMatch(/^2023年，全县上下/);
    expect(rules).toContain('chunks');
  });

  test('a short line: the title with the year, then the heading (was: the first paragraph, no title)', () => {
    const { front, blocks } = readIngested([`2023年县政府工作报告一、基本情况。${opening}`, '二、主要工作。一是抓项目建设。全年实施重点项目120个,完成投资85亿元。'].join('\n'));
    expect(front.title).toBe('2023年县政府工作报告');
    expect(blocks[0]).toBe('## 一、基本情况');
    expect(blocks.join('\n')).toContain('全县上下坚持以习近平新时代中国特色社会主义思想为指导');
  });

  test('a heading opening with a year in numerals, "一、二〇二三年工作回顾", is a heading, no enumeration', () => {
    const { front, blocks } = readIngested([`县人民政府工作报告一、二〇二三年工作回顾`, opening, '二、二〇二四年工作安排', opening].join('\n'));
    expect(front.title).toBe('县人民政府工作报告');
    expect(blocks[0]).toBe('## 一、二〇二三年工作回顾');
  });

  test('guard: a sentence that names the report before an enumeration stays one paragraph', () => {
    const line = '县政府工作报告一、二季度执行情况良好,全年目标任务有望超额完成。';
    const { blocks } = readIngested(['各位代表:', line, opening].join('\n'));
    expect(blocks).toContain(line.replace(',', '，'));
  });

  test('guard: a clause ending in 报告 before 一、 is no title ("各代表团分组审议政府工作报告一、…")', () => {
    const line = '各代表团分组审议政府工作报告一、代表们普遍认为报告实事求是,审议通过了有关决议。';
    const { front, blocks } = readIngested(['各位代表:', line, opening].join('\n'));
    expect(front.title ?? '').not.toContain('审议');
    expect(blocks).toContain(line.replaceAll(',', '，'));
  });
});
