// The parts `npm run bench` can run, in order. To add one (e.g. an in-browser part that loads the
// built extension in Chromium and reads CDP metrics), write scripts/bench/<id>.ts exporting a
// BenchPart and list it here; `npm run bench -- --only <id>` then runs it alone.
import { browserPart } from './browser';
import { cliPart } from './cli';
import { commitmentsPart } from './commitments';
import { gapsPart } from './gaps';
import { scoringPart } from './scoring';
import { typingPart } from './typing';
import type { BenchPart } from './types';

export const PARTS: BenchPart[] = [scoringPart, typingPart, gapsPart, commitmentsPart, cliPart, browserPart];
