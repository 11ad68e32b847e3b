import type { CAC } from 'cac';

// Placeholder until the `build` stage lands; replaced by its owner.
export function registerBuild(cli: CAC): void {
  cli.command('build', 'not yet implemented').action(() => {
    throw new Error('`duizhao build` is not implemented yet');
  });
}
