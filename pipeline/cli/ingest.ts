import type { CAC } from 'cac';

// Placeholder until the `ingest` stage lands; replaced by its owner.
export function registerIngest(cli: CAC): void {
  cli.command('ingest', 'not yet implemented').action(() => {
    throw new Error('`duizhao ingest` is not implemented yet');
  });
}
