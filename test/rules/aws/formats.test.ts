import { annotationPathOf as ap, classicElb, describeRule, inTreeNlb, lbcNlb } from './fixtures';

const ACM = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const IAM = 'arn:aws:iam::123456789012:server-certificate/web';

describeRule('AWS-LB-012', [
  ['ACM on a classic ELB', classicElb({ 'ssl-cert': ACM })], ['IAM on a classic ELB', classicElb({ 'ssl-cert': IAM })],
  ['two ARNs on the LBC', lbcNlb({ 'ssl-cert': `${ACM}, ${IAM}` })], ['GovCloud', lbcNlb({ 'ssl-cert': 'arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/abc' })],
], [
  { name: 'not an ARN', manifest: lbcNlb({ 'ssl-cert': 'my-cert' }), path: ap('ssl-cert'), message: ['"my-cert"', 'not an ACM or IAM certificate ARN'], fix: 'arn:aws:acm' },
  { name: 'two ARNs on the in-tree provider', manifest: classicElb({ 'ssl-cert': `${ACM},${IAM}` }), path: ap('ssl-cert'), message: [`${JSON.stringify(`${ACM},${IAM}`).slice(0, 117)}...`, 'exactly one ARN'], fix: 'Keep one certificate ARN' },
  { name: 'empty', manifest: classicElb({ 'ssl-cert': ' ' }), path: ap('ssl-cert'), message: ['" " is empty'], fix: 'certificate ARN' },
]);

describeRule('AWS-LB-013', [
  ['subnet ids and names', lbcNlb({ subnets: 'subnet-0123456789abcdef0, private-a' })],
  ['security group names on the LBC', lbcNlb({ 'security-groups': 'sg-01234567, web-sg' })],
  ['EIPs', lbcNlb({ 'scheme': 'internet-facing', 'subnets': 'subnet-01234567', 'eip-allocations': 'eipalloc-0123456789abcdef0' })],
  ['prefix lists', lbcNlb({ 'security-group-prefix-lists': 'pl-01234567' })],
], [
  { name: 'short subnet id', manifest: lbcNlb({ subnets: 'subnet-0abc' }), path: ap('subnets'), message: ['"subnet-0abc"', 'not a valid subnet id'], fix: 'subnet-0123456789abcdef0' },
  { name: 'security group name on the in-tree provider', manifest: classicElb({ 'security-groups': 'web-sg' }), path: ap('security-groups'), message: ['"web-sg"'], fix: 'sg-' },
  { name: 'space in EIPs on the in-tree NLB', manifest: inTreeNlb({ 'internal': 'false', 'subnets': 'subnet-01234567,subnet-89abcdef', 'eip-allocations': 'eipalloc-01234567, eipalloc-89abcdef' }), path: ap('eip-allocations'), message: ['" eipalloc-89abcdef"'], fix: 'no spaces' },
  { name: 'bad prefix list', manifest: lbcNlb({ 'security-group-prefix-lists': 'my-list' }), path: ap('security-group-prefix-lists'), message: ['"my-list"'], fix: 'pl-' },
]);

describeRule('AWS-LB-014', [
  ['tags', lbcNlb({ 'additional-resource-tags': 'team=web, env=prod, empty=' })],
  ['escaped comma', lbcNlb({ 'target-node-labels': 'a=b\\,c' })],
  ['classic tags', classicElb({ 'additional-resource-tags': 'team=web' })],
], [
  { name: 'entry without =', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false,stickiness' }), path: ap('target-group-attributes'), message: ['"stickiness"', 'failed to parse stringMap'], fix: 'key=value' },
  { name: 'empty key', manifest: lbcNlb({ attributes: '=true' }), path: ap('attributes'), message: ['"=true"'], fix: 'key=value' },
  { name: 'aws: tag', manifest: lbcNlb({ 'additional-resource-tags': 'aws:owner=me' }), path: ap('additional-resource-tags'), message: ['"aws:owner"', 'reserves'], fix: 'another tag key' },
  { name: '= in a classic tag value', manifest: classicElb({ 'additional-resource-tags': 'token=a=b' }), path: ap('additional-resource-tags'), message: ['"token=a=b"', 'cuts'], fix: 'Remove "="' },
  { name: 'long tag value', manifest: lbcNlb({ 'additional-resource-tags': `k=${'v'.repeat(257)}` }), path: ap('additional-resource-tags'), message: [`"${'v'.repeat(116)}...`, 'of tag "k" has 257 characters'], fix: 'Shorten' },
]);

describeRule('AWS-LB-015', [['Go booleans', lbcNlb({ 'manage-backend-security-group-rules': 'True', 'disable-nlb-sg': '0' })], ['classic', classicElb({ 'cross-zone-load-balancing-enabled': 'true' })]], [
  { name: 'yes on the LBC', manifest: lbcNlb({ 'manage-backend-security-group-rules': 'yes' }), path: ap('manage-backend-security-group-rules'), message: ['"yes"', 'not a boolean'], fix: '"true" or "false"' },
  { name: 'enabled on a classic ELB', manifest: classicElb({ 'connection-draining-enabled': 'enabled' }), path: ap('connection-draining-enabled'), message: ['"enabled"'], fix: '"true"' },
]);

describeRule('AWS-LB-016', [['integers', lbcNlb({ 'healthcheck-interval': '10' })], ['classic', classicElb({ 'connection-idle-timeout': '+60' })]], [
  { name: 'unit', manifest: lbcNlb({ 'healthcheck-interval': '10s' }), path: ap('healthcheck-interval'), message: ['"10s"', 'not an integer'], fix: 'without a unit' },
  { name: 'fraction on a classic ELB', manifest: classicElb({ 'connection-draining-timeout': '1.5' }), path: ap('connection-draining-timeout'), message: ['"1.5"'], fix: 'whole number' },
  { name: 'int32 overflow on the LBC', manifest: lbcNlb({ 'healthcheck-timeout': '9999999999' }), path: ap('healthcheck-timeout'), message: ['"9999999999"'], fix: 'whole number' },
]);
