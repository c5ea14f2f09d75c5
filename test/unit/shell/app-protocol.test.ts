// The custom protocol maps URLs into the renderer folder and nowhere else.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveAppPath } = await import('../../../electron/shell/app-protocol');

const root = path.resolve('/app/out/renderer');

describe('gavel-app protocol', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'gavel-app://renderer/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'gavel-app://renderer/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'gavel-app://renderer/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
  });

  it('refuses path traversal, encoded or not, and other hosts', () => {
    // The URL parser folds dot segments first, so this one lands inside the root.
    expect(resolveAppPath(root, 'gavel-app://renderer/%2e%2e/%2e%2e/package.json')).toBe(
      path.join(root, 'package.json'),
    );
    expect(resolveAppPath(root, 'gavel-app://renderer/..%2f..%2fpackage.json')).toBeNull();
    expect(resolveAppPath(root, 'gavel-app://other/index.html')).toBeNull();
  });
});
