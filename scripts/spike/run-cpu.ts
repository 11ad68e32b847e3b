/** Spike: whole `build` processes measured as the bench does (wall, CPU of the tree, peak RSS). */
import os from 'node:os';
import { runProcess } from '../../pipeline/bench/measure.ts';
const [root, ...args] = process.argv.slice(2);
const r = await runProcess(process.execPath, ['pipeline/bin.mjs', 'build', '--root', root, ...args]);
console.log(`build ${args.join(' ')}: wall ${r.ms.toFixed(0)} ms, CPU ${r.cpuMs.toFixed(0)} ms, status ${r.status}, load ${os.loadavg()[0].toFixed(1)}`);
