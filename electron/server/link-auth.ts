// Who a browser is: the owner's link of this server run, or a reviewer's link from the workspace.
// The link's secret travels once in the address, then lives in an HttpOnly cookie named after the
// port (cookies do not tell ports apart, and two servers may run on one machine).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import type Database from 'better-sqlite3';
import { hashToken } from '../core/access-handlers';
import { OWNER, type Caller } from '../core/caller';
import { liveLinks } from '../db/queries/access';

export interface LinkAuth {
  /** The caller a link's secret stands for; null for an unknown or revoked one. */
  callerFor(token: string | undefined): Caller | null;
  /** The secret in the request's cookie, if any. */
  tokenOf(request: IncomingMessage): string | undefined;
  /** The Set-Cookie header that keeps the secret for later requests. */
  cookieFor(token: string): string;
}

export function createLinkAuth(ownerToken: string, reader: Database.Database, port: number): LinkAuth {
  const ownerHash = Buffer.from(hashToken(ownerToken), 'hex');
  const cookieName = `gavel-${port}`;
  return {
    callerFor(token) {
      if (!token) return null;
      // Hashes have one length, so every comparison takes the same time whatever the secret.
      const given = Buffer.from(hashToken(token), 'hex');
      if (timingSafeEqual(given, ownerHash)) return OWNER;
      let caller: Caller | null = null;
      for (const link of liveLinks(reader)) {
        if (timingSafeEqual(given, Buffer.from(link.tokenHash, 'hex')))
          caller = { role: 'reviewer', reviewer: link.reviewer };
      }
      return caller;
    },
    tokenOf: (request) => parseCookie(request.headers.cookie ?? '')[cookieName],
    cookieFor: (token) => stringifySetCookie(cookieName, token, { httpOnly: true, sameSite: 'strict', path: '/' }),
  };
}
