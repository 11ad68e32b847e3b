/**
 * The title a tab, a search result or a PDF reader's window shows (templates/components/named-title.ts): a title that
 * does not name its issuer is followed by it (new user, round 22: 政府工作报告 of 中宁县人民政府 was shown as the State
 * Council's report is); a title that names it is left alone.
 */
import { describe, expect, it } from 'vitest';
import { namedTitle, namesIssuer } from '../templates/components/named-title.ts';

describe('namedTitle', () => {
  it('follows a title that does not name its issuer with the issuer, in each language', () => {
    const meta = { zh: { title: '政府工作报告', issuer: '中宁县人民政府' }, en: { title: 'Report on the Work of the Government', issuer: "Zhongning County People's Government" } };
    expect(namedTitle(meta, 'zh')).toBe('政府工作报告（中宁县人民政府）');
    expect(namedTitle(meta, 'en')).toBe("Report on the Work of the Government (Zhongning County People's Government)");
    expect(namedTitle({ zh: { title: '政府工作报告', issuer: '国务院' }, en: { title: 'Report on the Work of the Government', issuer: 'The State Council' } }, 'en')).toBe('Report on the Work of the Government (The State Council)');
  });

  it('leaves a title that names its issuer — its place, or its name when it has no place — as it is', () => {
    expect(namesIssuer('北京市海淀区人民政府工作报告', '北京市海淀区人民政府')).toBe(true);
    expect(namesIssuer('海淀区政府工作报告', '北京市海淀区人民政府')).toBe(true);
    expect(namesIssuer('关于潍坊市2023年预算执行情况和2024年预算草案的报告（摘要）', '潍坊市财政局')).toBe(true);
    expect(namesIssuer('最高人民法院工作报告', '最高人民法院')).toBe(true);
    expect(namesIssuer('政府工作报告', '中宁县人民政府')).toBe(false);
    expect(namesIssuer('2026年政府工作报告', '国务院')).toBe(false);
    const haidian = { zh: { title: '北京市海淀区人民政府工作报告', issuer: '北京市海淀区人民政府' }, en: { title: 'Report on the Work of the Government of Haidian District, Beijing', issuer: "Haidian District People's Government, Beijing Municipality" } };
    expect(namedTitle(haidian, 'en')).toBe(haidian.en.title);
  });

  it('adds nothing where the language has no issuer or no title', () => {
    expect(namedTitle({ zh: { title: '政府工作报告', issuer: '中宁县人民政府' }, en: { title: 'Report on the Work of the Government' } }, 'en')).toBe('Report on the Work of the Government');
    expect(namedTitle({ zh: { title: '政府工作报告' } }, 'zh')).toBe('政府工作报告');
    expect(namedTitle({ zh: { title: '政府工作报告', issuer: '中宁县人民政府' } }, 'en')).toBeUndefined();
  });
});
