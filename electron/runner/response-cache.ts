// Local response cache: an identical request (same provider endpoint, model, full request and
// parameters) is answered from the workspace and costs nothing. Only successful replies are stored.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ProviderConfig } from '../../shared/judging';
import { sql } from '../db/statement-cache';
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
  const row = sql(db, 'SELECT response FROM response_cache WHERE key = ?').get(key) as { response: string } | undefined;
  return row ? (JSON.parse(row.response) as ChatResponse) : null;
}

export function storeResponse(db: Database.Database, key: string, response: ChatResponse, now: string): void {
  sql(db, 'INSERT OR IGNORE INTO response_cache (key, response, created_at) VALUES (?, ?, ?)').run(
    key,
    JSON.stringify(response),
    now,
  );
}
