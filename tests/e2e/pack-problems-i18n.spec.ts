// A German team lead (browser in German, --lang=de) imports a broken pack and follows a pack address
// whose new version is broken: the options page names each problem's path and says what is wrong in
// German, and the last good pack keeps coaching. Chromium only: these steps pick a file and serve a
// pack, which the two-browser driver does not do; german.spec.ts runs the German options page and coach
// in Firefox too, and components/options/problem-text.test.ts checks the rendering in unit tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './harness';

test.use({ browserLang: 'de' });

const pack = (name: string, phrase: string) => `schema_version: 1
id: team-e2e
name: ${name}
version: "1"
rules:
  - id: say-colleagues
    type: phrase-avoid
    level: warning
    message: Sagen Sie „Kolleginnen und Kollegen“.
    phrases: ["${phrase}"]
    examples: { flag: ["Hallo Leute"], pass: ["Hallo zusammen"] }
`;
const GOOD = pack('E2E Team v1', 'Leute');
// A word class no pack declares: refused with its path, line and column.
const BROKEN = pack('E2E Team kaputt', '<leute> hier');

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('effective-name')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  return page;
}

test('a refused pack’s problems are German and name the path; the old pack keeps coaching', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.locator('input[type=file]').setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(GOOD) });
  await expect(options.getByRole('status')).toContainText('team.yaml importiert');
  await expect(options.getByTestId('effective-name')).toHaveText('E2E Team v1');

  await options.locator('input[type=file]').setInputFiles({ name: 'kaputt.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('kaputt.yaml wurde abgelehnt; das bisherige Paket coacht weiter.');
  const problems = alert.getByRole('list', { name: 'Probleme' });
  await expect(problems).toContainText('rules[0].phrases[0]');
  await expect(problems).toContainText('Unbekannte Wortklasse <leute> in „<leute> hier“ (Zeile 10, Spalte');
  await expect(problems).not.toContainText('unknown word class');
  await expect(options.getByTestId('effective-name')).toHaveText('E2E Team v1');

  // A YAML mistake (a tab where spaces belong) is explained in German, not in the parser's English.
  const tabbed = GOOD.replace('  - id: say-colleagues', '\t- id: say-colleagues');
  await options.locator('input[type=file]').setInputFiles({ name: 'tabs.yaml', mimeType: 'text/yaml', buffer: Buffer.from(tabbed) });
  await expect(alert).toContainText('tabs.yaml wurde abgelehnt; das bisherige Paket coacht weiter.');
  await expect(problems).toContainText('Das ist kein gültiges YAML: Tabulatoren dürfen YAML nicht einrücken');
  await expect(problems).not.toContainText('Tabs are not allowed');
  await expect(options.getByTestId('effective-name')).toHaveText('E2E Team v1');
});

test('a subscription whose new version is refused says why in German, naming the path', async ({ context, extensionId }) => {
  let text = GOOD;
  const server: Server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/yaml' }).end(text));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.yaml`;
  try {
    const options = await openOptions(context, extensionId);
    await options.getByRole('textbox', { name: 'Paketadresse' }).fill(url);
    await options.getByRole('button', { name: 'Abonnieren' }).click();
    await expect(options.getByRole('status')).toContainText(`${url} abonniert.`);
    await expect(options.getByTestId('effective-name')).toHaveText('E2E Team v1');

    text = BROKEN;
    await options.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await expect(options.getByRole('alert')).toContainText('Aktualisierung fehlgeschlagen: Das neue Paket wurde abgelehnt: rules[0].phrases[0]: Unbekannte Wortklasse <leute>');
    const status = options.getByTestId('subscription-status');
    await expect(status).toContainText('letzte Prüfung fehlgeschlagen: Das neue Paket wurde abgelehnt: rules[0].phrases[0]: Unbekannte Wortklasse <leute>');
    await expect(status).not.toContainText('refused');
    await expect(options.getByTestId('effective-name')).toHaveText('E2E Team v1');
  } finally {
    server.close();
  }
});
