// Local response cache: an identical request (same provider endpoint, model, full request and
// parameters) is answered from the workspace and costs nothing. Only successful replies are stored.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ProviderConfig } from '../../shared/judging';
import { cachedResponseJson, insertCachedResponse } from '../db/queries/response-cache';
import type { ChatRequest, ChatResponse } from '../providers/types';

export function cacheKey(config: ProviderConfig, request: ChatRequest): string {
  // Where the request goes matters (two servers may serve different weights under one model name);
  // limits and the provider's display id do not.
  const endpoint = {
    kind: config.kind,
    baseUrl: config.baseUrl,
    azure: config.azure,
    region: config.region,
    endpoint: config.endpoint,
  };
  return createHash('sha256').update(JSON.stringify({ endpoint, request })).digest('hex');
}

export function cachedResponse(db: Database.Database, key: string): ChatResponse | null {
  const json = cachedResponseJson(db, key);
  return json === null ? null : (JSON.parse(json) as ChatResponse);
}

export function storeResponse(db: Database.Database, key: string, response: ChatResponse, now: string): void {
  insertCachedResponse(db, key, JSON.stringify(response), now);
}
