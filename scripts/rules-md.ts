/** Writes RULES.md from the rule metadata. Run by `npx projen docgen:rules` (part of post-compile). */
import * as fs from 'fs';
import * as path from 'path';
import { Rules } from '../src';
import { renderRulesMarkdown } from '../src/rules/catalogue';

fs.writeFileSync(path.join(__dirname, '..', 'RULES.md'), renderRulesMarkdown(Rules.all()));
