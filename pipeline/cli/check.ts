import type { CAC } from 'cac';

// Placeholder until the `check` stage lands; replaced by its owner.
export function registerCheck(cli: CAC): void {
  cli.command('check', 'not yet implemented').action(() => {
    throw new Error('`duizhao check` is not implemented yet');
  });
}
