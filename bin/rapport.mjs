#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx rapport` works right after
// `npm ci` with no build step. The loader is registered in-process (not a child `tsx` process)
// to keep startup to one Node boot.
import { register } from 'tsx/esm/api';

// A reader that stops early (`rapport score … | head`) closes the pipe: that ends the run, it is
// not a crash.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
