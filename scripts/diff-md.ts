/** Writes the table of DIFF changes in docs/cli.md from the diff checks' metadata. Run by `npx projen docgen:diff` (part of post-compile). */
import * as fs from 'fs';
import * as path from 'path';
import { withChangeTable } from '../src/diff/catalogue';
import { CHANGE_CATALOGUE } from '../src/diff/index';

const file = path.join(__dirname, '..', 'docs', 'cli.md');
fs.writeFileSync(file, withChangeTable(fs.readFileSync(file, 'utf-8'), CHANGE_CATALOGUE));
