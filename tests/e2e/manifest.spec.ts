import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/browser';

/** The permissions the README documents: the code-formatted first cell of each row of its table. */
function documentedPermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]!.split(/^## /m)[0]!;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!).sort();
}

test('the built Chrome manifest asks for exactly the documented permissions', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  expect([...manifest.permissions, ...manifest.host_permissions].sort()).toEqual(documentedPermissions());
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined(); // the strict default
  expect(manifest.web_accessible_resources).toBeUndefined();
});
