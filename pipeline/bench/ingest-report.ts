/**
 * `duizhao bench --ingest`: the ingest benches alone, in seconds — accuracy
 * per field over the real-page corpus, then speed on 1 MB of generated text.
 */
import path from 'node:path';
import { sourceRoot } from '../core/inputs.ts';
import { accuracyTable, scoreCorpus } from './ingest-accuracy.ts';
import { runIngestBench } from './ingest.ts';

/** The corpus lives with the sources (the CLI may run compiled copies elsewhere). */
export const corpusDir = path.join(sourceRoot, 'test', 'fixtures', 'ingest-corpus');

export async function ingestBench(dir = corpusDir): Promise<{ text: string; json: unknown }> {
  const start = performance.now();
  const score = scoreCorpus(dir);
  const ms = performance.now() - start;
  const speed = await runIngestBench();
  const fields = Object.fromEntries(score.fields.map((f) => [f.field, { correct: f.correct, total: f.total, failing: f.failing }]));
  const text = `${accuracyTable(score)}\n(${score.cases.length} pages ingested and scored in ${(ms / 1000).toFixed(2)} s)\n\nIngest speed: \`${JSON.stringify(speed)}\`\n`;
  return { text, json: { pages: score.cases.length, sites: score.sites, fields, leads: score.leads, speed } };
}
