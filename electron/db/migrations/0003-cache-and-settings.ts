// Provider response cache (identical requests cost nothing) and workspace settings.
import type { Migration } from '../migration';

export const cacheAndSettings: Migration = {
  version: 3,
  name: 'response cache and settings',
  sql: `
    CREATE TABLE response_cache (
      key        TEXT PRIMARY KEY,  -- hash of provider, model, full request and parameters
      response   TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    -- Non-secret settings only: API keys never live in the workspace file.
    CREATE TABLE setting (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
