import type { CAC } from 'cac';

// Placeholder until the `bench` stage lands; replaced by its owner.
export function registerBench(cli: CAC): void {
  cli.command('bench', 'not yet implemented').action(() => {
    throw new Error('`duizhao bench` is not implemented yet');
  });
}
