import type { CAC } from 'cac';

// Placeholder until the `xliff` stage lands; replaced by its owner.
export function registerXliff(cli: CAC): void {
  cli.command('xliff', 'not yet implemented').action(() => {
    throw new Error('`duizhao xliff` is not implemented yet');
  });
}
