/**
 * The EPUB cover, drawn in a worker thread (cover.ts, cachedCoverSvg) while the
 * book is composed on the main thread: takes the cover's text and the
 * characters to subset to, posts back the SVG.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCoverFromSubsets, type CoverText } from './cover.ts';

const { text, characters } = workerData as { text: CoverText; characters: string };
parentPort!.postMessage(await drawCoverFromSubsets(text, characters));
