import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export interface CorpusReply {
  id: string;
  text: string;
  customerMessage?: string;
  customerName?: string;
}

const DEFAULT_FILES = ['dev-labels.jsonl', 'dev-synthetic.jsonl'];

/**
 * Corpus files: RAPPORT_CORPUS (files or directories, separated like PATH) or the two dev sets in
 * ../shared/corpus next to the checkout.
 */
export function corpusFiles(root: string): string[] {
  const env = process.env.RAPPORT_CORPUS;
  const entries = env ? env.split(delimiter).filter(Boolean).map((p) => resolve(p)) : DEFAULT_FILES.map((f) => resolve(root, '../shared/corpus', f));
  return entries.flatMap((p) => {
    if (!existsSync(p)) throw new Error(`corpus not found: ${p} (set RAPPORT_CORPUS to JSONL files or a folder)`);
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(p, f));
  });
}

export function loadCorpus(files: string[]): CorpusReply[] {
  const replies: CorpusReply[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (typeof r.text !== 'string') throw new Error(`${file}:${i + 1}: no "text"`);
      replies.push({
        id: String(r.id ?? `${file}:${i + 1}`),
        text: r.text,
        customerMessage: typeof r.customer_message === 'string' ? r.customer_message : undefined,
        customerName: typeof r.customer_name === 'string' ? r.customer_name : undefined,
      });
    });
  }
  if (replies.length === 0) throw new Error('the corpus is empty');
  return replies;
}

/** Joins corpus replies into one text of about `size` characters, cut at a word boundary. */
export function textOfSize(replies: CorpusReply[], size: number): string {
  let text = '';
  for (let k = 0; text.length < size; k++) text += (text ? '\n\n' : '') + replies[k % replies.length]!.text;
  const cut = text.lastIndexOf(' ', size);
  return text.slice(0, cut > size * 0.9 ? cut : size);
}
