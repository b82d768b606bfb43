import * as fs from 'fs';
import { PROFILES_MD, renderKeyReleases, withKeyReleases } from '../../scripts/key-releases-md';

test('docs/profiles.md shows the key-release tables as they are (scripts/key-releases-md.ts)', () => {
  const doc = fs.readFileSync(PROFILES_MD, 'utf8');
  expect(doc).toContain(renderKeyReleases());
  expect(withKeyReleases(doc)).toBe(doc);
});

test('the table names the keys the references date', () => {
  const table = renderKeyReleases();
  expect(table).toContain('| `azure-disable-load-balancer-nsg-rule` | v1.35.6+, v1.36.2+ |');
  expect(table).toContain('| `azure-allowed-ip-ranges` | v1.25.24+, v1.26.19+, v1.27.13+, v1.28.5+, v1.29.0+ |');
  expect(table).toContain('| `azure-load-balancer-disable-tcp-reset` | v1.25.19+, v1.26.15+, v1.27.9+, v1.28.1+, v1.29.0+ |');
});
