#!/usr/bin/env node
// Shows that a change leaves the editions byte-identical: builds every report
// from scratch (`duizhao build --force`) and compares the sha256 of every file
// of dist/ (README.md aside) with a list recorded before the change.
//
//   node scripts/same-dist.mjs --record before.txt   # on the commit before the change
//   node scripts/same-dist.mjs before.txt            # after it: exit 1 and the files that differ
//
// The list has the format of `find dist -type f | sort | xargs sha256sum`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const record = args[0] === '--record';
const list = record ? args[1] : args[0];
if (!list) {
  console.error('Usage: node scripts/same-dist.mjs [--record] <hashes.txt>');
  process.exit(2);
}

execFileSync(process.execPath, [path.join(root, 'pipeline/bin.mjs'), 'build', '--force'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const sums = new Map();
for (const entry of readdirSync(path.join(root, 'dist'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(root, path.join(entry.parentPath, entry.name));
  if (file === path.join('dist', 'README.md')) continue;
  sums.set(file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex'));
}

if (record) {
  writeFileSync(list, [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, sum]) => `${sum}  ${file}\n`).join(''));
  console.log(`Recorded ${sums.size} files in ${list}`);
  process.exit(0);
}
const expected = new Map(
  readFileSync(list, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [sum, file] = line.split(/\s+/);
    return [file, sum];
  }).filter(([file]) => file !== path.join('dist', 'README.md')),
);
const differ = [...new Set([...expected.keys(), ...sums.keys()])].sort().filter((file) => expected.get(file) !== sums.get(file));
for (const file of differ) console.log(`${!expected.has(file) ? 'new' : !sums.has(file) ? 'missing' : 'changed'}: ${file}`);
console.log(differ.length === 0 ? `Same: all ${sums.size} files byte-identical` : `${differ.length} of ${expected.size} files differ`);
process.exit(differ.length === 0 ? 0 : 1);
