// One instance: a second launch hands over its .gavel argument and quits; macOS open-file events too.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, workspaceArgument } from '../../../electron/shell/single-instance';

function fakeApp(primary: boolean) {
  return Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => primary, quit: vi.fn() });
}

describe('single instance', () => {
  it('finds the workspace a command line names, ignoring switches and other files', () => {
    const cwd = path.resolve('/home/ada');
    expect(workspaceArgument(['/opt/Gavel/gavel', '--no-sandbox', 'reviews/q3.gavel'], cwd)).toBe(
      path.resolve(cwd, 'reviews/q3.gavel'),
    );
    expect(workspaceArgument(['Gavel.exe', 'C:\\data\\Q3.GAVEL'], cwd)).toBe(path.resolve(cwd, 'C:\\data\\Q3.GAVEL'));
    expect(workspaceArgument(['electron', '.', '--inspect=9229', 'answers.csv'], cwd)).toBeNull();
    expect(workspaceArgument(['electron', '--user-data-dir=/tmp/x.gavel'], cwd)).toBeNull();
  });

  it('a second launch quits at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it("the first instance receives a second launch's workspace, or just a request to come forward", () => {
    const app = fakeApp(true);
    const onLaunch = vi.fn();
    expect(claimSingleInstance(app as never, onLaunch)).toBe(true);
    app.emit('second-instance', {}, ['gavel', 'q3.gavel'], '/home/ada');
    app.emit('second-instance', {}, ['gavel'], '/home/ada');
    expect(onLaunch.mock.calls).toEqual([[path.resolve('/home/ada', 'q3.gavel')], [null]]);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('takes files macOS opens from Finder or the Dock', () => {
    const app = fakeApp(true);
    const onLaunch = vi.fn();
    claimSingleInstance(app as never, onLaunch);
    const preventDefault = vi.fn();
    app.emit('open-file', { preventDefault }, '/Users/ada/q3.gavel');
    app.emit('open-file', { preventDefault }, '/Users/ada/answers.csv');
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(onLaunch.mock.calls).toEqual([['/Users/ada/q3.gavel'], [null]]);
  });
});
