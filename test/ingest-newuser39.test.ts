/**
 * New user, round 39 (test/fixtures/newuser-round39): the Huangshi Municipal People's Congress's Supervisory and Judicial
 * Affairs Committee's investigation report (调查报告) on the municipal supervisory commission's work against corruption and
 * misconduct that directly affect the people, as the congress's site posts it under 文献资料 > 调查报告
 * (http://hsrdw.gov.cn/wxzl/dcbg/202302/t20230214_990165.html). Written by the team that went out and filed with the standing
 * committee: no occasion and no speaker (pipeline/ingest/front-matter.ts surveyReport). Was: both asked, two warnings on
 * every ingest that no page of the kind could answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round39/content/reports/huangshi-supervision-survey/source.txt'));
const rules = (text: string | Buffer) => ingest(Buffer.from(text), { fileName: 'page.txt', slug: 'x' }).file.messages.filter((m) => m.fatal === false).map((m) => m.ruleId);

const survey = (title: string, opening: string) =>
  `${title}\n\n${opening}\n\n一、基本情况\n\n2020年以来，全市各级监察机关共查处群众身边腐败和作风问题1312起，处分2003人。调研组视察了有关单位，听取了工作情况汇报，并与10多个部门进行座谈。\n`;

describe('ingest: a people’s congress committee’s investigation report is filed, not delivered', () => {
  it('was: occasion and speaker asked — the page, as the site gives it: only the date asked (its time stamp is a posting time)', () => {
    expect(rules(page)).toEqual(['missing-date', 'cut-off']);
  });

  it('was: occasion and speaker asked — a 调研报告 and a 视察报告 with no salutation', () => {
    const opening = '根据市人大常委会年度工作要点安排，市人大监察司法委员会组成调研组，于6月开展了专题调研。现将调研情况报告如下：';
    for (const title of ['关于全市整治群众身边腐败和作风问题工作情况的调研报告', '关于全市农村集体“三资”管理工作情况的视察报告']) {
      const found = rules(survey(title, opening));
      expect(found, title).not.toContain('missing-occasion');
      expect(found, title).not.toContain('missing-speaker');
    }
  });

  it('guard: one read to the sitting, under its salutation, still asks occasion and speaker', () => {
    const found = rules(survey('关于全市整治群众身边腐败和作风问题工作情况的调研报告', '主任、各位副主任、秘书长、各位委员：\n\n根据年度工作安排，调研组开展了专题调研。现将调研情况报告如下：'));
    expect(found).toContain('missing-occasion');
    expect(found).toContain('missing-speaker');
  });

  it('guard: one someone delivers for the committee ("受…委托") still asks them', () => {
    const found = rules(survey('关于全市整治群众身边腐败和作风问题工作情况的调研报告', '受市人大监察司法委员会委托，现将调研情况报告如下：'));
    expect(found).toContain('missing-occasion');
  });

  it('guard: a work report to the standing committee (…工作情况的报告) still asks them', () => {
    const found = rules(survey('关于整治群众身边腐败和作风问题工作情况的报告', '根据会议安排，现将有关情况报告如下：'));
    expect(found).toContain('missing-occasion');
    expect(found).toContain('missing-speaker');
  });
});
