// RFC 4180 CSV, written out by hand because spreadsheet exports of past replies are full of the
// cases naive splitting gets wrong: commas and line breaks inside quoted replies, doubled quotes,
// CRLF line ends, and a byte-order mark from Excel.

export type CsvRow =
  | { line: number; fields: string[] }
  | { line: number; error: string };

/**
 * Splits CSV text into rows. `line` is the 1-based physical line where the row starts, so error
 * messages point at the place a person would look in an editor. A malformed row becomes an error
 * row and parsing resumes at the next line break outside quotes.
 */
export function parseCsv(input: string): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;

    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          value += c;
          i++;
        }
        if (!closed) {
          error = `unterminated quoted field (the quote opens on line ${quoteLine})`;
          break;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          error = `unexpected character ${JSON.stringify(next)} after a closing quote (write a quote inside a quoted field as "")`;
          break;
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') i++;
        value = text.slice(start, i);
      }
      fields.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }

    if (error !== undefined) {
      i = skipToLineEnd(text, i);
      rows.push({ line: startLine, error });
    } else if (!(fields.length === 1 && fields[0] === '')) {
      rows.push({ line: startLine, fields });
    }
    // Consume one line break (CRLF, LF or a lone CR) ending this row.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
  }
  return rows;
}

function skipToLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
