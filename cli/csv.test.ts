import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('splits plain rows and ignores the trailing line break', () => {
    expect(parseCsv('id,text\n1,hello\n')).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'hello'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv('id,text\r\n7,"Hi Ana, thanks for ""waiting"".\r\nBest,\nSam"\r\n8,next\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['7', 'Hi Ana, thanks for "waiting".\r\nBest,\nSam'] },
      { line: 5, fields: ['8', 'next'] },
    ]);
  });

  it('strips a byte-order mark so the first header is still found', () => {
    const rows = parseCsv('\uFEFFtext\nhello');
    expect(rows[0]).toEqual({ line: 1, fields: ['text'] });
    expect(rows[1]).toEqual({ line: 2, fields: ['hello'] });
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('skips blank lines but counts them for line numbers', () => {
    expect(parseCsv('text\n\nx\n')).toEqual([
      { line: 1, fields: ['text'] },
      { line: 3, fields: ['x'] },
    ]);
  });

  it('reports junk after a closing quote on its line and carries on', () => {
    const rows = parseCsv('text\n"a"b\nok\n');
    expect(rows[1]).toMatchObject({ line: 2, error: expect.stringContaining('after a closing quote') });
    expect(rows[2]).toEqual({ line: 3, fields: ['ok'] });
  });

  it('reports an unterminated quote with the line it opened on', () => {
    const rows = parseCsv('text\nfine\n"never closed\nmore');
    expect(rows[2]).toMatchObject({ line: 3, error: expect.stringContaining('line 3') });
    expect(rows).toHaveLength(3);
  });
});
