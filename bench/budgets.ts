// The figures of `npm run bench`: their stable JSON names, what each measures, its budget
// (issue 20: the same at one year and at four), and the floor it is read against. One place, so the table, the JSON and
// docs/benchmarks.md name the same things.
export type Unit = 'ms' | 'bytes' | 'count';

export interface FigureSpec {
  /** The figure's number in docs/benchmarks.md. */
  number: string;
  /** Its name in `npm run bench -- --json`. */
  name: string;
  what: string;
  unit: Unit;
  /** The budget: the figure (its median, or the p95 where said) must be at most this. */
  budget: number | null;
  /** A budget as a multiple of the figure's own floor (issue 20's (1): ≤ 2× decode, hash and a signature per head). */
  floorRatioBudget?: number;
  /** For size figures: the floor is the entries' own bytes. */
  floorIsEntryBytes?: boolean;
}

export const figureSpecs: FigureSpec[] = [
  {
    number: '1',
    name: 'validateProjectNodeMs',
    what: 'full audit (validate + project), Node',
    unit: 'ms',
    budget: null,
    floorRatioBudget: 2,
  },
  {
    number: '1b',
    name: 'validateProjectChromiumMs',
    what: 'validate + project, Chromium, first full verification',
    unit: 'ms',
    budget: 3000,
  },
  { number: '1b', name: 'longestTaskMs', what: 'longest main-thread task during (1b)', unit: 'ms', budget: 50 },
  { number: '2', name: 'coldOpenBoardMs', what: 'cold open, first 20 posts visible', unit: 'ms', budget: 200 },
  {
    number: '3a',
    name: 'newDeviceBoardMs',
    what: 'new device: first peer → recent posts on the board',
    unit: 'ms',
    budget: 1500,
  },
  {
    number: '3b',
    name: 'newDeviceSyncMs',
    what: 'new device: first peer → fully verified and projected',
    unit: 'ms',
    budget: 5000,
  },
  {
    number: '4',
    name: 'propagation2PeersMs',
    what: 'one post on every other board, 2 peers (p95)',
    unit: 'ms',
    budget: null,
  },
  {
    number: '4',
    name: 'propagation8PeersMs',
    what: 'one post on every other board, 8 peers (p95)',
    unit: 'ms',
    budget: 250,
  },
  { number: '5', name: 'searchKeystrokeP95Ms', what: 'search, p95 per keystroke', unit: 'ms', budget: 8 },
  // No budget since issue 20: what counts is what a device keeps at rest (below).
  { number: '6', name: 'ydocV2Bytes', what: 'Y.Doc, update V2', unit: 'bytes', budget: null, floorIsEntryBytes: true },
  {
    number: '6',
    name: 'indexedDbBytes',
    what: 'IndexedDB (storage estimate)',
    unit: 'bytes',
    // Every device keeps everything today: the phone's 30 MB and the archive's 2× both apply.
    budget: 30e6,
    floorRatioBudget: 2,
    floorIsEntryBytes: true,
  },
  {
    number: '7',
    name: 'jsGzipBoardBytes',
    what: "JS per page, gzipped, a member's board",
    unit: 'bytes',
    budget: 120 * 1024,
  },
  {
    number: '7',
    name: 'jsGzipFirstVisitBytes',
    what: 'JS per page, gzipped, first visit',
    unit: 'bytes',
    budget: null,
  },
  {
    number: '8',
    name: 'boardHeapBytes',
    what: 'JS heap, board with the log loaded',
    unit: 'bytes',
    budget: 64e6,
    floorIsEntryBytes: true,
  },
];

/** 'met', 'MISS', or '' where the figure has no budget or was not taken. */
export function verdictOf(spec: FigureSpec, value: number | undefined, ratio: number | undefined): string {
  if (value === undefined || (spec.budget === null && spec.floorRatioBudget === undefined)) return '';
  const withinBudget = spec.budget === null || value <= spec.budget;
  const withinRatio = spec.floorRatioBudget === undefined || (ratio !== undefined && ratio <= spec.floorRatioBudget);
  return withinBudget && withinRatio ? 'met' : 'MISS';
}
