// Switching workspaces: the new one opens first, the bridge moves over, the renderer is told, and
// only then does the old core close; a file that cannot be opened leaves the current one in use.
import { describe, expect, it } from 'vitest';
import type { GavelEvent } from '../../../shared/contract';
import { createWorkspaceSession } from '../../../electron/shell/workspace-session';

function harness(failOn: string | null = null) {
  const log: string[] = [];
  const announced: GavelEvent[] = [];
  const session = createWorkspaceSession({
    openCore: async (file) => {
      log.push(`open ${file}`);
      if (file === failOn) throw new Error('file is not a database');
      return { close: async () => void log.push(`close ${file}`), file } as never;
    },
    connect: (core) => {
      const { file } = core as unknown as { file: string };
      log.push(`connect ${file}`);
      return () => log.push(`disconnect ${file}`);
    },
    announce: (event) => announced.push(event),
    opened: (file) => log.push(`opened ${file}`),
  });
  return { session, log, announced };
}

describe('workspace session', () => {
  it('opens, then switches: new core first, bridge moved, renderer told, old core closed last', async () => {
    const { session, log, announced } = harness();
    await session.open('/w/a.gavel');
    expect(session.path).toBe('/w/a.gavel');
    log.length = 0;
    await session.open('/w/b.gavel');
    expect(log).toEqual([
      'open /w/b.gavel',
      'disconnect /w/a.gavel',
      'connect /w/b.gavel',
      'opened /w/b.gavel',
      'close /w/a.gavel',
    ]);
    expect(announced).toEqual([{ type: 'workspace.changed' }, { type: 'workspace.changed' }]);
    expect(session.path).toBe('/w/b.gavel');
  });

  it('does nothing when asked for the workspace already open', async () => {
    const { session, log } = harness();
    await session.open('/w/a.gavel');
    await session.open('/w/../w/a.gavel');
    expect(log.filter((line) => line.startsWith('open '))).toEqual(['open /w/a.gavel']);
  });

  it('keeps the current workspace when another cannot be opened', async () => {
    const { session, log } = harness('/w/broken.gavel');
    await session.open('/w/a.gavel');
    await expect(session.open('/w/broken.gavel')).rejects.toThrow('not a database');
    expect(session.path).toBe('/w/a.gavel');
    expect(log).not.toContain('disconnect /w/a.gavel');
    expect(log).not.toContain('close /w/a.gavel');
  });

  it('runs switches one at a time, in the order asked', async () => {
    const { session, log } = harness();
    await Promise.all([session.open('/w/a.gavel'), session.open('/w/b.gavel'), session.open('/w/c.gavel')]);
    expect(log.filter((line) => /^(open|close) /.test(line))).toEqual([
      'open /w/a.gavel',
      'open /w/b.gavel',
      'close /w/a.gavel',
      'open /w/c.gavel',
      'close /w/b.gavel',
    ]);
    expect(session.path).toBe('/w/c.gavel');
  });

  it('closes: bridge disconnected, core closed; closing again does nothing', async () => {
    const { session, log } = harness();
    await session.open('/w/a.gavel');
    log.length = 0;
    await session.close();
    expect(log).toEqual(['disconnect /w/a.gavel', 'close /w/a.gavel']);
    expect(session.path).toBeNull();
    await session.close();
    expect(log).toHaveLength(2);
  });
});
