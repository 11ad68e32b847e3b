/**
 * The EPUB cover drawn on a worker thread (cover.ts, drawCoverApart): its texts in,
 * the SVG out, the same bytes as drawn on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCover, subsetOpener, type CoverJob } from './cover.ts';

const { text, characters } = workerData as CoverJob;
parentPort!.postMessage(drawCover(text, await subsetOpener(characters, text.han)));
