// The example packs of packs/ ship in the build, so a team lead can start from one with a click
// instead of fetching a repository file. Their text is bundled as written (comments included).
import { parse } from 'yaml';
import itHelpdesk from '@/packs/it-helpdesk.yaml?raw';
import deMethod from '@/packs/de-method.yaml?raw';

export interface ExamplePack {
  /** File name it is saved under, as if imported from packs/. */
  file: string;
  text: string;
  id: string;
  name: string;
  locale: string;
  description?: string;
}

function describe(file: string, text: string): ExamplePack {
  const head = parse(text) as { id: string; name: string; locale?: string; description?: string };
  return { file, text, id: head.id, name: head.name, locale: head.locale ?? 'en', ...(head.description ? { description: head.description.trim() } : {}) };
}

export const EXAMPLE_PACKS: readonly ExamplePack[] = [describe('it-helpdesk.yaml', itHelpdesk), describe('de-method.yaml', deMethod)];
