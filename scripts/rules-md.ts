/** Writes RULES.md from the rule metadata. Run by `npx projen docgen:rules` (part of post-compile). */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, ruleSourceFiles } from './rule-sources';
import { Rules } from '../src';
import { renderRulesMarkdown } from '../src/rules/catalogue';

fs.writeFileSync(path.join(REPO_ROOT, 'RULES.md'), renderRulesMarkdown(Rules.all(), ruleSourceFiles(Rules.all())));
