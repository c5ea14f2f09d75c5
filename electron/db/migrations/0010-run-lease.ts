// One run, one process: the process executing a run holds a lease on it (who, since when, and a
// heartbeat it renews), so a second process refuses to execute it too, and a run whose process died
// shows as interrupted instead of running forever.
import type { Migration } from '../migration';

export const runLease: Migration = {
  version: 10,
  name: 'run lease',
  sql: `
    ALTER TABLE run ADD COLUMN lease_token TEXT;
    ALTER TABLE run ADD COLUMN lease_pid INTEGER;
    ALTER TABLE run ADD COLUMN lease_host TEXT;
    ALTER TABLE run ADD COLUMN lease_since TEXT;
    -- Milliseconds since the epoch of the holder's last heartbeat.
    ALTER TABLE run ADD COLUMN lease_heartbeat INTEGER;
  `,
};
