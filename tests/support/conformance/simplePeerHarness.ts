// The conformance harness as a device still on simple-peer runs it (simplePeerFrames.ts):
// bundled by tests/e2e/conformance.e2e.ts without the alias that puts DataChannelPeer.ts
// in simple-peer's place. The frames go on simple-peer before the harness can join a room.
import { frameDataChannels } from './simplePeerFrames.ts';

frameDataChannels();
await import('./browserHarness.ts');
