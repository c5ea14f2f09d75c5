// Open Recent: newest first, no duplicates, at most ten, missing files left out, the OS told too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_RECENT_WORKSPACES, createRecentWorkspaces } from '../../../electron/shell/recent-workspaces';
import { tempDir } from '../../helpers/temp-workspace';

function setup(exists: (file: string) => boolean = () => true) {
  const file = path.join(tempDir(), 'recent-workspaces.json');
  const os = { addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn() };
  return { file, os, recent: createRecentWorkspaces(file, os, exists) };
}

describe('recent workspaces', () => {
  it('lists the newest first without duplicates, and tells the OS', () => {
    const { recent, os } = setup();
    recent.add('/w/a.gavel');
    recent.add('/w/b.gavel');
    recent.add('/w/a.gavel');
    expect(recent.list()).toEqual(['/w/a.gavel', '/w/b.gavel'].map((file) => path.resolve(file)));
    expect(os.addRecentDocument).toHaveBeenCalledTimes(3);
  });

  it(`keeps at most ${MAX_RECENT_WORKSPACES}`, () => {
    const { recent } = setup();
    for (let index = 0; index < 15; index += 1) recent.add(`/w/${index}.gavel`);
    expect(recent.list()).toHaveLength(MAX_RECENT_WORKSPACES);
    expect(recent.list()[0]).toBe(path.resolve('/w/14.gavel'));
  });

  it('leaves out files that are gone, removes and clears', () => {
    const { recent, os } = setup((file) => !file.includes('gone'));
    recent.add('/w/gone.gavel');
    recent.add('/w/here.gavel');
    recent.add('/w/other.gavel');
    expect(recent.list()).toEqual([path.resolve('/w/other.gavel'), path.resolve('/w/here.gavel')]);
    recent.remove('/w/other.gavel');
    expect(recent.list()).toEqual([path.resolve('/w/here.gavel')]);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(os.clearRecentDocuments).toHaveBeenCalled();
  });

  it('starts empty from a missing or damaged file', () => {
    const { file, recent } = setup();
    expect(recent.list()).toEqual([]);
    fs.writeFileSync(file, '{not json');
    expect(recent.list()).toEqual([]);
    fs.writeFileSync(file, JSON.stringify(['/w/a.gavel', 42, null]));
    expect(recent.list()).toEqual(['/w/a.gavel']);
  });
});
