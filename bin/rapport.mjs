#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx rapport` works right after
// `npm ci` with no build step. The loader is registered in-process (not a child `tsx` process)
// to keep startup to one Node boot; cli/run.ts is the process (EPIPE handling, exit code).
import { register } from 'tsx/esm/api';

register();
await import('../cli/run.ts');
