import type { CAC } from 'cac';

// Placeholder until the `dev` stage lands; replaced by its owner.
export function registerDev(cli: CAC): void {
  cli.command('dev', 'not yet implemented').action(() => {
    throw new Error('`duizhao dev` is not implemented yet');
  });
}
