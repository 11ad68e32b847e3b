import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication, formatAttributes, parseTrailingAttributes, sourceHash, newBlockId } from '../pipeline/model/index.ts';
import { locateFrontMatter } from '../pipeline/model/parse.ts';

const zh = `---
title: 测试报告
issuer: 某区人民政府
date: 2021-12-15
文号: 海政发〔2016〕45号
---

各位代表：{#p-000001}

## 一、过去五年工作回顾 {#h-000001}

**疫情防控取得重大战略成果。**坚决贯彻，日核酸检测能力28.9万份。 {#p-000002}

### （一）深化改革 {#h-000002}

营商环境持续优化。 {#p-000003}

## 二、今后五年 {#h-000003}

继续努力。 {#p-000004}
`;

const en = (hash: string) => `---
title: Test Report
---

Fellow Deputies, {#p-000001 src=${sourceHash('各位代表：')}}

## I. A Review of Our Work in the Past Five Years {#h-000001 src=x}

**Major strategic success was achieved in COVID-19 prevention and control.** Daily testing capacity reached 289,000. {#p-000002 src=${hash} state=reviewed}

Orphan paragraph. {#p-999999 src=abc}
`;

describe('block attributes', () => {
  it('splits text and attributes and formats them back', () => {
    const { text, attributes } = parseTrailingAttributes('营商环境持续优化。 {#p-3f9a1c src=0a1b2c3d state=mt}');
    expect(text).toBe('营商环境持续优化。');
    expect(attributes).toEqual({ id: 'p-3f9a1c', fields: { src: '0a1b2c3d', state: 'mt' } });
    expect(formatAttributes(attributes!)).toBe('{#p-3f9a1c src=0a1b2c3d state=mt}');
  });

  it('leaves text without attributes alone', () => {
    expect(parseTrailingAttributes('a {b} c').attributes).toBeUndefined();
    expect(parseTrailingAttributes('{#1bad}').attributes).toBeUndefined();
  });

  it('derives ids deterministically and avoids collisions', () => {
    const a = newBlockId('paragraph', '同一段', new Set());
    expect(a).toMatch(/^p-[0-9a-f]{6}$/);
    expect(newBlockId('paragraph', '同一段', new Set())).toBe(a);
    expect(newBlockId('paragraph', '同一段', new Set([a]))).toBe(`${a}-2`);
    expect(newBlockId('heading', '同一段', new Set())).toMatch(/^h-/);
  });
});

describe('buildPublication', () => {
  it('aligns blocks by id, keeps metadata, sections and outline', () => {
    const hash = sourceHash('疫情防控取得重大战略成果。坚决贯彻，日核酸检测能力28.9万份。');
    const { publication, orphans } = buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en(hash) }));
    expect(publication.meta.zh.title).toBe('测试报告');
    expect(publication.meta.zh.date).toBe('2021-12-15');
    expect(publication.meta.zh.extra['文号']).toBe('海政发〔2016〕45号');
    expect(publication.meta.en?.title).toBe('Test Report');
    expect(publication.blocks.map((b) => b.id)).toEqual(['p-000001', 'h-000001', 'p-000002', 'h-000002', 'p-000003', 'h-000003', 'p-000004']);
    const lead = publication.blocks[2];
    expect(lead.lead).toBe(true);
    expect(lead.sourceHash).toBe(hash);
    expect(lead.enSourceHash).toBe(hash);
    expect(lead.enState).toBe('reviewed');
    expect(lead.enText).toContain('289,000');
    expect(publication.blocks[1].enSourceHash).toBe('x');
    expect(publication.blocks[4].en).toBeUndefined();
    expect(publication.sections.map((s) => [s.id, s.blocks.length])).toEqual([['front', 1], ['h-000001', 4], ['h-000003', 2]]);
    expect(publication.outline.map((o) => [o.id, o.children.map((c) => c.id)])).toEqual([['h-000001', ['h-000002']], ['h-000003', []]]);
    expect(publication.outline[0].en).toBe('I. A Review of Our Work in the Past Five Years');
    expect(orphans.map((o) => o.attributes.id)).toEqual(['p-999999']);
    expect(publication.files.zh.messages).toEqual([]);
  });

  it('reports blocks without ids and bad front matter with positions', () => {
    const file = new VFile({ path: 'zh.md', value: '---\ntitle: [unclosed\n---\n\n没有编号的段落。\n' });
    buildPublication('t', file);
    const reasons = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}`);
    expect(reasons).toContain('5:1 missing-id true');
    expect(file.messages.some((m) => m.ruleId === 'front-matter' && m.line === 2)).toBe(true);
  });
});

describe('front matter: one reading of its fences (remark-frontmatter, house stop 25)', () => {
  it('records where the YAML is and which line closes it on the parsed file', () => {
    const file = new VFile({ path: 'zh.md', value: zh });
    buildPublication('t', file);
    expect(file.data.frontMatter).toEqual({ start: 4, end: zh.indexOf('---', 4), openLine: 1, closeLine: 6 });
  });
  it('reads fences as the model does: trailing blanks, CRLF, an empty block; not a longer rule, not an unclosed block, not a later rule', () => {
    expect(locateFrontMatter('---  \r\ntitle: A\r\n--- \r\n\r\ntext')).toEqual({ start: 7, end: 17, openLine: 1, closeLine: 3 });
    expect(locateFrontMatter('---\n---\n')).toEqual({ start: 4, end: 4, openLine: 1, closeLine: 2 });
    expect(locateFrontMatter('---\na: 1\n---')).toEqual({ start: 4, end: 9, openLine: 1, closeLine: 3 });
    expect(locateFrontMatter('----\ntitle: A\n---\n')).toBeUndefined();
    expect(locateFrontMatter('---\ntitle: A\n')).toBeUndefined();
    expect(locateFrontMatter('text\n\n---\n\nmore')).toBeUndefined();
  });
});
