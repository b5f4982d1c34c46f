// The `rapport` process itself: what bin/rapport.mjs runs once tsx is registered, and what the CLI
// fuzz (tests/fuzz/cli.test.ts) bundles ahead with esbuild — one copy of these steps for both.
import { main } from './main';

// A reader that stops early (`rapport score … | head`) closes the pipe: that ends the run, it is
// not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
