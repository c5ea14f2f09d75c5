// A second process writing to a workspace: saves COUNT labels (all at once, through its own core),
// starting when the parent says 'go', and reports {saved, failed} back over IPC.
// argv: WORKSPACE REVIEWER COUNT JUDGE ITEM_ID[,ITEM_ID…]
import { openCore } from '../../electron/core/open-core';

const [workspacePath, reviewer, countText, judge, itemList] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const itemIds = itemList.split(',').map(Number);
const core = await openCore({ workspacePath, uploads: null });
process.send!('ready');
process.once('message', async () => {
  const results = await Promise.all(
    Array.from({ length: Number(countText) }, (_, i) =>
      core.call('labels.save', {
        itemId: itemIds[i % itemIds.length]!,
        judge,
        reviewer,
        action: 'skip',
        rationale: `${reviewer} #${i}`,
      }),
    ),
  );
  const failed = results.filter((result) => !result.ok);
  await core.close();
  process.send!({ saved: results.length - failed.length, failed: failed.length, firstError: failed[0] ?? null });
  process.disconnect();
});
