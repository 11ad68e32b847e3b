/**
 * The OCF container: a zip whose first entry is `mimetype`, stored
 * uncompressed, then every other file in a fixed order, all with the same
 * fixed timestamp and permissions, so the same input gives the same bytes.
 */
import yazl from 'yazl';

export interface ZipEntry {
  /** Path inside the container, e.g. `EPUB/package.opf`. */
  path: string;
  data: Buffer | string;
}

const MIMETYPE = 'application/epub+zip';
/** DOS timestamps start in 1980; earlier dates (e.g. SOURCE_DATE_EPOCH=0) are clamped. */
const DOS_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

/**
 * Zip the entries into an EPUB container. `mimetype` is added first and
 * must not be in `entries`; the other entries keep the order given (callers
 * pass a deterministic order: container, package, then by path).
 */
export async function zipEpub(entries: readonly ZipEntry[], date: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = dosDate(date);
  // forceDosTimestamp: no extended-timestamp field (it would carry a second
  // copy of the time); mode: no dependence on the umask of the machine.
  const common = { mtime, mode: 0o100644, forceDosTimestamp: true } as const;
  zip.addBuffer(Buffer.from(MIMETYPE, 'ascii'), 'mimetype', { ...common, compress: false });
  const seen = new Set<string>(['mimetype']);
  for (const entry of entries) {
    if (seen.has(entry.path)) throw new Error(`Duplicate path in EPUB container: ${entry.path}`);
    seen.add(entry.path);
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    // WOFF and WOFF2 fonts and images are already compressed: storing them saves time and no space (TrueType is deflated).
    const compress = !/\.(woff2?|png|jpe?g)$/.test(entry.path);
    zip.addBuffer(data, entry.path, { ...common, compress });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * yazl writes DOS date/time from the Date's *local* fields; build a Date whose
 * local fields equal the UTC fields of `date`, so the bytes do not depend on
 * the time zone of the machine that builds.
 */
function dosDate(date: Date): Date {
  const d = new Date(Math.max(date.getTime(), DOS_EPOCH));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
