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

/**
 * The replies file as text. UTF-8 (with or without BOM) as it is; UTF-16 with its BOM decoded; any
 * other bytes (an Excel or Windows export in Windows-1252 / Latin-1) read as Windows-1252 rather than
 * with "\uFFFD" in place of every accent and curly apostrophe, and `notUtf8Line` says where it began.
 */
export async function readSource(source: string): Promise<{ text: string; notUtf8Line?: number }> {
  if (source !== '-') return decodeReplies(readFileSync(source));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeReplies(Buffer.concat(chunks));
}

export function decodeReplies(bytes: Uint8Array): { text: string; notUtf8Line?: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    return { text: new TextDecoder('windows-1252').decode(bytes), notUtf8Line: lossy.slice(0, Math.max(0, at)).split('\n').length };
  }
}
