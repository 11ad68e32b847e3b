/**
 * The `duizhao` command. The CLI layer (this file and `cli/`) is the only
 * place that prints or sets the exit code; stages return data and messages.
 */
import type { CAC } from 'cac';
import { version } from './version.ts';

/**
 * Subcommand modules, loaded only when their command is the one asked for:
 * each pulls in its stage's code (the ingest decoders, the QA rules, the
 * renderers…), and loading all of them cost ~2 s of start-up on every run —
 * a fifth of a no-op rebuild. `--help`, no command or an unknown one load all;
 * `--version` alone loads none.
 */
const registrars: Record<string, () => Promise<(cli: CAC) => void>> = {
  ingest: async () => (await import('./cli/ingest.ts')).registerIngest,
  check: async () => (await import('./cli/check.ts')).registerCheck,
  review: async () => (await import('./cli/check.ts')).registerCheck,
  translated: async () => (await import('./cli/check.ts')).registerCheck,
  ids: async () => (await import('./cli/ids.ts')).registerIds,
  align: async () => (await import('./cli/align.ts')).registerAlign,

  xliff: async () => (await import('./cli/xliff.ts')).registerXliff,
  mt: async () => (await import('./cli/xliff.ts')).registerXliff,
  tm: async () => (await import('./cli/tm.ts')).registerTm,
  glossary: async () => (await import('./cli/glossary.ts')).registerGlossary,
  build: async () => (await import('./cli/build.ts')).registerBuild,
  dev: async () => (await import('./cli/dev.ts')).registerDev,
  bench: async () => (await import('./cli/bench.ts')).registerBench,
};

const asked = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const flags = process.argv.slice(2);
const help = flags.includes('--help') || flags.includes('-h');
// `--version` alone is answered by pipeline/bin.cjs before this module loads; asked here (this
// file run on its own, or with other flags) it needs cac's `version()` and no command.
const versionOnly = asked === undefined && !help && (flags.includes('--version') || flags.includes('-v'));
await runCli();

/** Every other command line: cac with the commands it asks for. */
async function runCli(): Promise<void> {
  const { cac } = await import('cac');
  const cli = cac('duizhao');
  const wanted = versionOnly ? [] : asked !== undefined && asked in registrars && !help ? [asked] : Object.keys(registrars);
  const registered = new Set<(cli: CAC) => void>();
  for (const name of wanted) {
    const register = await registrars[name]();
    if (registered.has(register)) continue;
    registered.add(register);
    register(cli);
  }
  cli.help();
  cli.version(version);

  try {
    // (new user round 40) `--dry-run file`: a two-word flag before the file no longer takes it as its value (cli/argv.ts);
    // loaded only with a command (`--version` alone loads no module of cli/)
    let argv = process.argv;
    if (!versionOnly) {
      const { booleansLast, kebabBooleans } = await import('./cli/argv.ts');
      const rawNames = [...cli.globalCommand.options, ...cli.commands.flatMap((command) => command.options)].map((option) => option.rawName);
      argv = [...process.argv.slice(0, 2), ...booleansLast(process.argv.slice(2), kebabBooleans(rawNames))];
    }
    cli.parse(argv, { run: false });
    if (!cli.matchedCommand) {
      if (cli.args.length > 0) {
        console.error(`duizhao: unknown command \`${cli.args[0]}\`; see \`duizhao --help\``);
        process.exitCode = 2;
      } else if (!cli.options.help && !cli.options.version) {
        cli.outputHelp();
      }
    } else {
      await cli.runMatchedCommand();
    }
  } catch (error) {
    console.error(`duizhao: ${(error as Error).message}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = process.exitCode || 1;
  }
}
