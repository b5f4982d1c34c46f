// Several tool domains (atlassian.net, intercom.com, google.com) are on Chromium's HSTS preload list,
// so the browser insists on https for them. The desk answers TLS with a throwaway self-signed
// certificate made by openssl on first use (browsers under test run with --ignore-certificate-errors).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TlsFiles {
  key: Buffer;
  cert: Buffer;
}

export function deskTlsCert(dir: string, hosts: string[]): TlsFiles | null {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const san = [...hosts.map((h) => `DNS:${h}`), 'DNS:localhost', 'IP:127.0.0.1'].join(',');
  const sanFile = join(dir, 'san.txt');
  // Regenerate when the host list changed.
  const fresh = existsSync(certFile) && existsSync(sanFile) && readFileSync(sanFile, 'utf8') === san;
  if (!fresh) {
    try {
      mkdirSync(dir, { recursive: true });
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
        '-keyout', keyFile, '-out', certFile,
        '-subj', '/CN=Rapport demo desk', '-addext', `subjectAltName=${san}`,
      ], { stdio: 'ignore' });
      writeFileSync(sanFile, san);
    } catch {
      return null;
    }
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}
