import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled, not left to Node: Node refuses a JSON module imported without its `type: 'json'`
      // attribute, which the externalized import loses.
      externalizeDeps: { exclude: ['stopwords-iso'] },
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'electron/shell/main.ts'),
          cli: resolve(__dirname, 'electron/cli/main.ts'),
          'core-host': resolve(__dirname, 'electron/core-host/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
