import type { CAC } from 'cac';

// Placeholder until the `glossary` stage lands; replaced by its owner.
export function registerGlossary(cli: CAC): void {
  cli.command('glossary', 'not yet implemented').action(() => {
    throw new Error('`duizhao glossary` is not implemented yet');
  });
}
