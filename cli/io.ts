import { readFileSync } from 'node:fs';

export interface Out {
  write(chunk: string): void;
}

/** Collects output and hands it to the stream in large pieces: one write per reply is slow on pipes. */
export class Buffered implements Out {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: { write(chunk: string): unknown }) {}

  write(chunk: string): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.parts.length) this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export async function readSource(source: string): Promise<string> {
  if (source !== '-') return readFileSync(source, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
