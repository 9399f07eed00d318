// The coordinator's export: every authentic entry this device holds, as the file of
// src/core/export/networkFile.ts. Entries the rules refused stay in it too (a later entry
// may make them count, as in the doc); what is private in them is sealed already.
import { writeNetworkFile } from '../../../core/export/networkFile.ts';
import type { Ledger } from '../../../core/Ledger.ts';

export function exportNetwork(ledger: Ledger, net: Uint8Array, now = Date.now()): Uint8Array {
  const entries = [...ledger.entries()]
    // Each author's chain in order: a reader takes it in one pass.
    .sort((a, b) => a.entry.seq - b.entry.seq || (a.idText < b.idText ? -1 : 1))
    .map((held) => held.bytes);
  return writeNetworkFile({ network: net, made: now, entries });
}

/** A file name that says what and when, e.g. "buurtruil-oosterpark-2026-03-02.buurtruil". */
export function exportFileName(networkName: string, now = new Date()): string {
  const slug =
    networkName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'netwerk';
  return `buurtruil-${slug}-${now.toISOString().slice(0, 10)}.buurtruil`;
}
