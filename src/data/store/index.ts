// The public face of src/data/store: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export { conversationRows } from './conversationRows.ts';
export { NetworkDatabase } from './NetworkDatabase.ts';
export type { PostRowsWritten, ProjectionChange } from './NetworkProjection.ts';
export { NetworkProjection } from './NetworkProjection.ts';
export { PostSearchIndex } from './PostSearchIndex.ts';
export { isUnread, markRead, readMarks, readTimes, sinceMark } from './readMarks.ts';
export { filterPosts, searchable } from './searchPosts.ts';
export type { MemberRow, PostRow, TransferRow } from './tableRows.ts';
export { tableRows } from './tableRows.ts';
export { transferRows } from './transferRows.ts';
