// The link room's name and the sealed link secret (docs/protocol-links.md §2).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { linkRoomName, openLinkSecret, sealLinkSecret } from '../../../../src/core/links/linkRoom.ts';

const secret = new Uint8Array(32).fill(5);
const net = new Uint8Array(20).fill(1);
const link = new Uint8Array(20).fill(2);

describe('the link room', () => {
  it('is named "br-link-" + 22 characters of HMAC-SHA-256(secret, "buurtruil link room v3")', () => {
    const expected = toBase64Url(hmac(sha256, secret, new TextEncoder().encode('buurtruil link room v3'))).slice(0, 22);
    expect(linkRoomName(secret)).toBe(`br-link-${expected}`);
    expect(linkRoomName(new Uint8Array(32).fill(6))).not.toBe(linkRoomName(secret));
  });

  it('its secret opens for the coordinators it was sealed to, only for this network and link', () => {
    const coordinator = newIdentity();
    const stranger = newIdentity();
    const box = sealLinkSecret(secret, [coordinator.box.publicKey], net, link);
    expect(openLinkSecret(box, coordinator, net, link)).toEqual(secret);
    expect(openLinkSecret(box, stranger, net, link)).toBeNull();
    expect(openLinkSecret(box, coordinator, link, net)).toBeNull();
    expect(openLinkSecret(box, coordinator, net, new Uint8Array(20))).toBeNull();
  });
});
