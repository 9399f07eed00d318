// The public face of src/data/profile: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export type { Profile } from './ProfileCommands.ts';
export { ProfileCommands } from './ProfileCommands.ts';
