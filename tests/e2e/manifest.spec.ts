import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The permissions the README documents: the code-formatted first cell of each row of its table. */
function documentedPermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]!.split(/^## /m)[0]!;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!).sort();
}

// The shipped build (npm run build → dist), not the end-to-end build, which pre-grants fixture hosts.
test('the built Chrome manifest asks for exactly the documented permissions', () => {
  const manifest = JSON.parse(readFileSync('dist/chrome-mv3/manifest.json', 'utf8'));
  expect([...manifest.permissions, ...manifest.host_permissions, ...manifest.optional_host_permissions].sort()).toEqual(documentedPermissions());
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined(); // the strict default
  expect(manifest.web_accessible_resources).toBeUndefined();
});
