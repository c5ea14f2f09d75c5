import * as esbuild from 'esbuild';
import path from 'node:path';
const root = process.cwd();
const keepExternal = (process.env.EXT ?? 'better-sqlite3,openai,@aws-sdk/*,@smithy/*,undici,https-proxy-agent,proxy-from-env').split(',');
await esbuild.build({
  entryPoints: { gavel: path.join(root, 'electron/cli/main.ts') }, outdir: '/tmp/arch/exp', bundle: true, splitting: true,
  format: 'esm', platform: 'node', target: 'node20', external: keepExternal, jsx: 'automatic', logLevel: 'error', minify: !!process.env.MIN,
  banner: { js: "import { createRequire as __gavelRequire } from 'node:module'; const require = __gavelRequire(import.meta.url);" },
});
