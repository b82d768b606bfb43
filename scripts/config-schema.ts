/** Writes schema/cdk8s-cloud-lb.schema.json (the config file's JSON Schema, rule ids from Rules.all()). */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './rule-sources';
import { Rules } from '../src';
import { configSchemaText } from '../src/config/schema';

const file = path.join(REPO_ROOT, 'schema', 'cdk8s-cloud-lb.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, configSchemaText(Rules.all().map((r) => r.id)));
