/**
 * Pictures' places run into a page's text as Markdown ("![]()"), as a flattened page of a county congress's
 * WeChat-style article gives them (南澳人大, https://hepan.com/article-72695-1.html, 2025, as the search tool returned it;
 * reduced). Before: every mark stayed in zh.md as "!\[\]()", a mark's "!" closed the caption as a sentence
 * ("后宅镇代表团！" read as a lead), and the QR-code furniture at the end was not recognised (the page "cut off").
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page =
  '![]() ![]() ![]() 2月25日下午和26日上午,参加县十六届人大五次会议的人大代表们开展分组讨论,审议县政府、县人大常委会、县人民法院以及县人民检察院工作报告。县委副书记、代县长陈艳莉到会场看望人大代表,与广大代表亲切交流。 ![]() 后宅镇代表团 ![]() ![]() ![]() 分组讨论中,代表们踊跃发言,结合自身实际谈感受、说变化、话发展。代表们对县政府交出的这份成绩单给予充分肯定。 ![]() 云澳镇代表团 ![]() 代表们还结合自身工作、生活实际,就推进“百千万工程”出谋划策。 ![]() ![]() ![]() 扫码关注我们 了解更多人大信息 南澳人大 ![]() 长按二维码关注 |';

describe('ingest: picture marks run into the text', () => {
  const { result } = readIngested(page, "page.txt", { clean: false });
  const markdown = result.markdown;
  const messages = result.file.messages;

  test('taken out, counted, said once at the first', () => {
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('\\[');
    const said = messages.filter((m) => m.ruleId === 'image-marks');
    expect(said).toHaveLength(1);
    expect(said[0].reason).toMatch(/^Removed 13 picture mark\(s\)/);
    expect([said[0].line, said[0].column]).toEqual([1, 1]);
  });

  test('a caption after a mark is not closed by the mark\'s "!"', () => {
    expect(markdown).not.toMatch(/代表团[！!]/);
    expect(markdown).toContain('后宅镇代表团');
  });

  test('the furniture at the end is recognised once the marks are out (was: the page said cut off)', () => {
    expect(messages.some((m) => m.ruleId === 'cut-off')).toBe(false);
    expect(messages.some((m) => m.ruleId === 'social')).toBe(true);
    expect(markdown).not.toContain('二维码');
  });

  test('a later message names the column in the page as it was', () => {
    const story = messages.find((m) => m.ruleId === 'news-story');
    expect(story).toBeDefined();
    // "分组讨论" stands at this column of the input's one line (the marks before it counted)
    expect(story!.line).toBe(1);
    expect(story!.column).toBe(page.indexOf('2月25日') + 1);
  });

  test('a line of marks alone is still furniture, reported with its line (guard)', () => {
    const alone = readIngested(['![]() |', '各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议。'].join('\n'), 'page.txt', { clean: false });
    expect(alone.result.file.messages.some((m) => m.ruleId === 'image-marks')).toBe(false);
    expect(alone.result.markdown).not.toContain('![');
  });

  test('a mark with words (its alt text) keeps them (guard: no word lost)', () => {
    const kept = readIngested(['各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议。![全县重点项目分布图](/img/1.png)今年，全县地区生产总值增长6%。'].join('\n'), 'page.txt', { clean: false });
    expect(kept.result.markdown).toContain('全县重点项目分布图');
  });
});
