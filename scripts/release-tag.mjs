// Release guard (publish.yml): the pushed tag must name package.json's version, `v<version>`, so the version
// published to npm is the one the tag and the CHANGELOG speak of.
//   node scripts/release-tag.mjs <tag>
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const tag = process.argv[2] ?? '';
if (tag !== `v${version}`) {
	console.error(
		`release tag "${tag}" does not name package.json's version ${version}: tag v${version}, or change the version`,
	);
	process.exit(1);
}
console.log(`release tag ${tag} = package.json version ${version}`);
