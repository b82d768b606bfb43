/** Writes ANNOTATIONS.md from the constructs and the rules. Run by `npx projen docgen:annotations` (part of post-compile). */
import * as fs from 'fs';
import * as path from 'path';
import { buildCatalogue, renderAnnotationsMarkdown } from './annotation-catalogue';
import { REPO_ROOT } from './rule-sources';

fs.writeFileSync(path.join(REPO_ROOT, 'ANNOTATIONS.md'), renderAnnotationsMarkdown(buildCatalogue()));
