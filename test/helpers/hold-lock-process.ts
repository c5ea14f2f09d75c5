// Another program holding a workspace's write lock: takes it (BEGIN IMMEDIATE) when the parent says
// 'go', tells the parent 'locked', keeps it for MS milliseconds, then commits and says 'released'.
// argv: WORKSPACE MS
import Database from 'better-sqlite3';

const [workspacePath, msText] = process.argv.slice(2) as [string, string];
const db = new Database(workspacePath);
process.send!('ready');
process.once('message', () => {
  db.exec('BEGIN IMMEDIATE');
  process.send!('locked');
  setTimeout(() => {
    db.exec('COMMIT');
    db.close();
    process.send!('released');
    process.disconnect();
  }, Number(msText));
});
