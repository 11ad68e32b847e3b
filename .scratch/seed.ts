import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ingest } from '/work/wt-ingest/pipeline/ingest/index.ts';
const d = '/work/wt-ingest/content/reports/haidian-2021/';
const r = ingest(readFileSync(d + 'source.txt'), { fileName: 'source.txt', slug: 'h', meta: parse(readFileSync(d + 'ingest.yaml', 'utf8')) });
const want = readFileSync(d + 'zh.md', 'utf8').split('\n');
const got = r.markdown.split('\n');
for (let i = 0; i < Math.max(want.length, got.length); i++) if (want[i] !== got[i]) console.log(i, '\n-', want[i]?.slice(0, 80), '\n+', got[i]?.slice(0, 80));
