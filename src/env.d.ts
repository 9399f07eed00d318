/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Signalling relay(s) for a site hosted apart from its relay, comma separated (wss://...). */
  readonly PUBLIC_BUURTRUIL_RELAY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
