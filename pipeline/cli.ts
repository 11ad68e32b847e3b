/**
 * The `duizhao` command. The CLI layer (this file and `cli/`) is the only
 * place that prints or sets the exit code; stages return data and messages.
 */
import { cac } from 'cac';
import { version } from './version.ts';
import { registerBench } from './cli/bench.ts';
import { registerBuild } from './cli/build.ts';
import { registerCheck } from './cli/check.ts';
import { registerDev } from './cli/dev.ts';
import { registerGlossary } from './cli/glossary.ts';
import { registerIngest } from './cli/ingest.ts';
import { registerXliff } from './cli/xliff.ts';

const cli = cac('duizhao');
registerIngest(cli);
registerCheck(cli);
registerXliff(cli);
registerGlossary(cli);
registerBuild(cli);
registerDev(cli);
registerBench(cli);
cli.help();
cli.version(version);

try {
  cli.parse(process.argv, { run: false });
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
