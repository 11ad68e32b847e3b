// The `duizhao` command runs compiled JavaScript, never TypeScript compiled at
// run time (tsx cost ~0.4 s on every command). This module keeps a compiled copy
// of pipeline/ and templates/ in `.cache/compiled/` beside the sources:
//   - every .ts file transpiled on its own (TypeScript's transpileModule, the
//     same isolated-module semantics tsx/esbuild had), `./x.ts` imports rewritten
//     to `./x.js` (rewriteRelativeImportExtensions);
//   - every other file (CSS, paginate.js, locales, package.json…) copied, so the
//     code finds its assets at the same relative paths as in the sources.
// It is never stale: each start compares the size and mtime of every source file
// with the manifest of the last compile (~5 ms for ~220 files) and recompiles
// only the files that changed (a first compile takes ~2 s; `npm run setup` and
// `npm run build` make it). The manifest also holds each source's content hash,
// taken when it was compiled: it names the code that runs (a build's fingerprint,
// core/unchanged.ts, uses it rather than reading every source again).
// Plain JavaScript: it has to run before anything is compiled.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file naming the sources of a compiled tree; its presence marks a compiled tree. */
export const manifestName = 'compiled.json';

const roots = ['pipeline', 'templates'];
const loose = ['package.json', 'package-lock.json'];

/** The sources a compiled tree was made from, or `dir` itself when it is a source tree. */
export function sourceRootOf(dir) {
  const manifest = path.join(dir, manifestName);
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).sourceRoot : dir;
}

// The walk runs on every start: paths are joined as strings (path.join's normalisation was
// a third of its time) and the compiled tree is listed per folder, not looked up per file
// (`duizhao --version`: 120 -> 110 ms CPU, median of 25, with ~220 source files).
function listSources(sourceRoot) {
  const files = {};
  const walk = (rel) => {
    for (const entry of readdirSync(`${sourceRoot}/${rel}`, { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !entry.name.endsWith('.md')) {
        const stat = statSync(`${sourceRoot}/${child}`);
        files[child] = `${stat.size}:${stat.mtimeMs}`;
      }
    }
  };
  for (const dir of roots) walk(dir);
  for (const file of loose) {
    const stat = statSync(`${sourceRoot}/${file}`, { throwIfNoEntry: false });
    if (stat) files[file] = `${stat.size}:${stat.mtimeMs}`;
  }
  return files;
}

/** The files present in a compiled tree (one directory listing per folder, not one lookup per file). */
function listOutputs(outRoot) {
  const present = new Set(loose.filter((file) => existsSync(`${outRoot}/${file}`)));
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(`${outRoot}/${rel}`, { withFileTypes: true });
    } catch {
      return; // not made yet
    }
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else present.add(child);
    }
  };
  for (const dir of roots) walk(dir);
  return present;
}

/** Write through a temporary file: a concurrent start never reads half a file. */
function writeAtomic(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

const outputName = (rel) => (rel.endsWith('.ts') && !rel.endsWith('.d.ts') ? `${rel.slice(0, -3)}.js` : rel);

/**
 * Bring `<sourceRoot>/.cache/compiled` up to date with the sources. Returns the
 * compiled tree's folder and what was (re)compiled.
 */
export function compile(sourceRoot, outRoot = path.join(sourceRoot, '.cache/compiled')) {
  const sources = listSources(sourceRoot);
  const manifestFile = path.join(outRoot, manifestName);
  let previous = {};
  let previousHashes = {};
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.sourceRoot === sourceRoot) [previous, previousHashes] = [manifest.files, manifest.hashes ?? {}];
  } catch {
    // first compile
  }
  // A source whose output is missing counts as changed: two sources can share an output name
  // (x.ts and a plain x.js), and removing one of them must not leave the other without its output.
  const present = listOutputs(outRoot);
  // A source without a content hash (a manifest written before they were kept) is compiled again.
  const changed = Object.keys(sources).filter((rel) => previous[rel] !== sources[rel] || !present.has(outputName(rel)) || !previousHashes[rel]);
  const removed = Object.keys(previous).filter((rel) => !(rel in sources));
  if (changed.length === 0 && removed.length === 0) return { outRoot, changed, removed };
  const produced = new Set(Object.keys(sources).map(outputName));
  for (const rel of removed) if (!produced.has(outputName(rel))) rmSync(path.join(outRoot, outputName(rel)), { force: true });
  const hashes = Object.fromEntries(Object.keys(sources).filter((rel) => previousHashes[rel]).map((rel) => [rel, previousHashes[rel]]));
  let ts;
  for (const rel of changed) {
    const from = path.join(sourceRoot, rel);
    const to = path.join(outRoot, outputName(rel));
    // Compiled or copied from these very bytes: their hash is the hash of what runs.
    const bytes = readFileSync(from);
    // node:crypto and node:module are fetched here, not imported: every start of every
    // command imports this module, and node:crypto's import alone costs ~5 ms.
    hashes[rel] = process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
    if (rel !== outputName(rel)) {
      ts ??= process.getBuiltinModule('node:module').createRequire(import.meta.url)('typescript');
      const { outputText } = ts.transpileModule(bytes.toString('utf8'), {
        fileName: from,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          rewriteRelativeImportExtensions: true,
          jsx: ts.JsxEmit.ReactJSX,
          jsxImportSource: 'hastscript',
          esModuleInterop: true,
        },
      });
      writeAtomic(to, outputText);
    } else {
      mkdirSync(path.dirname(to), { recursive: true });
      const tmp = `${to}.${process.pid}.tmp`;
      copyFileSync(from, tmp); // keeps the file's mode (bin.cjs is executable)
      renameSync(tmp, to);
    }
  }
  writeAtomic(manifestFile, `${JSON.stringify({ sourceRoot, files: sources, hashes })}\n`);
  return { outRoot, changed, removed };
}

/** URL of the compiled CLI for the tree holding this file, compiled first when stale. */
export function compiledCli() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  // Inside a compiled tree already (e.g. the dev server spawning its own bin.cjs): run it as it is.
  if (existsSync(path.join(root, manifestName))) return pathToFileURL(path.join(root, 'pipeline/cli.js')).href;
  const { outRoot } = compile(root);
  return pathToFileURL(path.join(outRoot, 'pipeline/cli.js')).href;
}

// `node pipeline/setup/compile.mjs`: compile now (the set-up runs it).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { outRoot, changed, removed } = compile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
  console.log(`Compiled ${changed.length} file(s), removed ${removed.length}, in ${Math.round(performance.now() - started)} ms → ${outRoot}`);
}
