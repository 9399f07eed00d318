// simple-peer's browser build, which y-webrtc imports; only simplePeerFrames.ts names it.
declare module 'simple-peer/simplepeer.min.js' {
  const Peer: unknown;
  export default Peer;
}
