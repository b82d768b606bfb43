import { classicElb, inTreeNlb, lbcNlb } from './fixtures';
import { annotationPath } from '../../helpers';
import { describeRule } from '../cases';

const ACM = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const IAM = 'arn:aws:iam::123456789012:server-certificate/web';

describeRule('AWS-LB-012', {
  compliant: [
    { title: 'ACM on a classic ELB', manifest: classicElb({ 'ssl-cert': ACM }) },
    { title: 'IAM on a classic ELB', manifest: classicElb({ 'ssl-cert': IAM }) },
    { title: 'two ARNs on the LBC', manifest: lbcNlb({ 'ssl-cert': `${ACM}, ${IAM}` }) },
    { title: 'a GovCloud ARN', manifest: lbcNlb({ 'ssl-cert': 'arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/abc' }) },
  ],
  noncompliant: [
    { title: 'a certificate name instead of an ARN', manifest: lbcNlb({ 'ssl-cert': 'my-cert' }), path: annotationPath('aws-load-balancer-ssl-cert'), message: ['"my-cert"', 'not an ACM or IAM certificate ARN'], fix: ['arn:aws:acm'] },
    { title: 'two ARNs on the in-tree provider', manifest: classicElb({ 'ssl-cert': `${ACM},${IAM}` }), path: annotationPath('aws-load-balancer-ssl-cert'), message: [`${JSON.stringify(`${ACM},${IAM}`).slice(0, 117)}...`, 'exactly one ARN'], fix: ['Keep one certificate ARN'] },
    { title: 'a blank certificate', manifest: classicElb({ 'ssl-cert': ' ' }), path: annotationPath('aws-load-balancer-ssl-cert'), message: ['" " is empty'], fix: ['certificate ARN'] },
    // buildListener passes the value to AWS untrimmed.
    { title: 'a space before the ARN on the in-tree provider', manifest: classicElb({ 'ssl-cert': ` ${ACM}` }), path: annotationPath('aws-load-balancer-ssl-cert'), message: ['spaces around the ARN', 'does not trim'], fix: [`Write "${ACM}"`] },
  ],
});

describeRule('AWS-LB-013', {
  compliant: [
    { title: 'subnet ids and names', manifest: lbcNlb({ subnets: 'subnet-0123456789abcdef0, private-a' }) },
    { title: 'security group names on the LBC', manifest: lbcNlb({ 'security-groups': 'sg-01234567, web-sg' }) },
    { title: 'EIP allocation ids', manifest: lbcNlb({ 'scheme': 'internet-facing', 'subnets': 'subnet-01234567', 'eip-allocations': 'eipalloc-0123456789abcdef0' }) },
    { title: 'prefix list ids', manifest: lbcNlb({ 'security-group-prefix-lists': 'pl-01234567' }) },
  ],
  noncompliant: [
    { title: 'short subnet id', manifest: lbcNlb({ subnets: 'subnet-0abc' }), path: annotationPath('aws-load-balancer-subnets'), message: ['"subnet-0abc"', 'not a valid subnet id'], fix: ['subnet-0123456789abcdef0'] },
    { title: 'security group name on the in-tree provider', manifest: classicElb({ 'security-groups': 'web-sg' }), path: annotationPath('aws-load-balancer-security-groups'), message: ['"web-sg"'], fix: ['sg-'] },
    { title: 'space in EIPs on the in-tree NLB', manifest: inTreeNlb({ 'internal': 'false', 'subnets': 'subnet-01234567,subnet-89abcdef', 'eip-allocations': 'eipalloc-01234567, eipalloc-89abcdef' }), path: annotationPath('aws-load-balancer-eip-allocations'), message: ['" eipalloc-89abcdef"'], fix: ['no spaces'] },
    { title: 'a prefix list name instead of an id', manifest: lbcNlb({ 'security-group-prefix-lists': 'my-list' }), path: annotationPath('aws-load-balancer-security-group-prefix-lists'), message: ['"my-list"'], fix: ['pl-'] },
  ],
});

describeRule('AWS-LB-014', {
  compliant: [
    { title: 'tags with an empty value', manifest: lbcNlb({ 'additional-resource-tags': 'team=web, env=prod, empty=' }) },
    { title: 'an escaped comma in a value', manifest: lbcNlb({ 'target-node-labels': 'a=b\\,c' }) },
    { title: 'tags on a classic ELB', manifest: classicElb({ 'additional-resource-tags': 'team=web' }) },
  ],
  noncompliant: [
    { title: 'entry without =', manifest: lbcNlb({ 'target-group-attributes': 'preserve_client_ip.enabled=false,stickiness' }), path: annotationPath('aws-load-balancer-target-group-attributes'), message: ['"stickiness"', 'failed to parse stringMap'], fix: ['key=value'] },
    { title: 'an entry with an empty key', manifest: lbcNlb({ attributes: '=true' }), path: annotationPath('aws-load-balancer-attributes'), message: ['"=true"'], fix: ['key=value'] },
    { title: 'a tag key starting with aws:', manifest: lbcNlb({ 'additional-resource-tags': 'aws:owner=me' }), path: annotationPath('aws-load-balancer-additional-resource-tags'), message: ['"aws:owner"', 'reserves'], fix: ['another tag key'] },
    { title: 'a classic tag without a key', manifest: classicElb({ 'additional-resource-tags': 'team=web, =prod' }), path: annotationPath('aws-load-balancer-additional-resource-tags'), message: ['"=prod" has no key', 'drops it'], fix: ['key=value'] },
    { title: '= in a classic tag value', manifest: classicElb({ 'additional-resource-tags': 'token=a=b' }), path: annotationPath('aws-load-balancer-additional-resource-tags'), message: ['"token=a=b"', 'cuts'], fix: ['Remove "="'] },
    { title: 'long tag value', manifest: lbcNlb({ 'additional-resource-tags': `k=${'v'.repeat(257)}` }), path: annotationPath('aws-load-balancer-additional-resource-tags'), message: [`"${'v'.repeat(116)}...`, 'of tag "k" has 257 characters'], fix: ['Shorten'] },
  ],
});

describeRule('AWS-LB-015', {
  compliant: [
    { title: 'Go booleans True and 0', manifest: lbcNlb({ 'manage-backend-security-group-rules': 'True', 'disable-nlb-sg': '0' }) },
    { title: 'a boolean on a classic ELB', manifest: classicElb({ 'cross-zone-load-balancing-enabled': 'true' }) },
    // EnsureLoadBalancer and reconcileLBAttributes parse these only when not empty.
    { title: 'empty booleans on the in-tree provider', manifest: classicElb({ 'access-log-enabled': '', 'connection-draining-enabled': '', 'cross-zone-load-balancing-enabled': '' }) },
  ],
  noncompliant: [
    { title: 'yes on the LBC', manifest: lbcNlb({ 'manage-backend-security-group-rules': 'yes' }), path: annotationPath('aws-load-balancer-manage-backend-security-group-rules'), message: ['"yes"', 'not a boolean'], fix: ['"true" or "false"'] },
    { title: 'enabled on a classic ELB', manifest: classicElb({ 'connection-draining-enabled': 'enabled' }), path: annotationPath('aws-load-balancer-connection-draining-enabled'), message: ['"enabled"'], fix: ['"true"'] },
  ],
});

describeRule('AWS-LB-016', {
  compliant: [
    { title: 'an integer on the LBC', manifest: lbcNlb({ 'healthcheck-interval': '10' }) },
    { title: 'a signed integer on a classic ELB', manifest: classicElb({ 'connection-idle-timeout': '+60' }) },
    { title: 'empty classic ELB attribute integers', manifest: classicElb({ 'access-log-emit-interval': '', 'connection-draining-timeout': '', 'connection-idle-timeout': '' }) },
  ],
  noncompliant: [
    { title: 'an integer with a unit', manifest: lbcNlb({ 'healthcheck-interval': '10s' }), path: annotationPath('aws-load-balancer-healthcheck-interval'), message: ['"10s"', 'not an integer'], fix: ['without a unit'] },
    { title: 'fraction on a classic ELB', manifest: classicElb({ 'connection-draining-timeout': '1.5' }), path: annotationPath('aws-load-balancer-connection-draining-timeout'), message: ['"1.5"'], fix: ['whole number'] },
    // getExpectedHealthCheck parses a health-check key whenever it is there.
    { title: 'an empty health-check interval on a classic ELB', manifest: classicElb({ 'healthcheck-interval': '' }), path: annotationPath('aws-load-balancer-healthcheck-interval'), message: ['"" is not an integer'], fix: ['whole number'] },
    { title: 'int32 overflow on the LBC', manifest: lbcNlb({ 'healthcheck-timeout': '9999999999' }), path: annotationPath('aws-load-balancer-healthcheck-timeout'), message: ['"9999999999"'], fix: ['whole number'] },
  ],
});
