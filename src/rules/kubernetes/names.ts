/**
 * The name formats of k8s.io/apimachinery/pkg/util/validation, used by the API server's Service validation.
 * @see https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** An error text in the API server's words, or undefined when the value is valid. */
export type NameCheck = (value: string) => string | undefined;

export const dns1123Label: NameCheck = (value) => {
  if (value.length > 63) return `must be no more than 63 characters (it has ${value.length})`;
  if (!DNS1123_LABEL.test(value)) return "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (a DNS-1123 label)";
  return undefined;
};

export const dns1035Label: NameCheck = (value) => {
  if (value.length > 63) return `must be no more than 63 characters (it has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) return "must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (a DNS-1035 label)";
  return undefined;
};

export const dns1123Subdomain: NameCheck = (value) => {
  if (value.length > 253) return `must be no more than 253 characters (it has ${value.length})`;
  if (!value.split('.').every((part) => DNS1123_LABEL.test(part))) {
    return "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (a DNS-1123 subdomain)";
  }
  return undefined;
};

/**
 * `*.` followed by a DNS-1123 subdomain, at most 253 characters in all: the check of an Ingress host or TLS host that
 * contains a "*" (IsWildcardDNS1123Subdomain).
 */
export const wildcardDns1123Subdomain: NameCheck = (value) => {
  if (value.length > 253) return `must be no more than 253 characters (it has ${value.length})`;
  if (!value.startsWith('*.') || !value.slice(2).split('.').every((part) => DNS1123_LABEL.test(part))) {
    return "must start with '*.' followed by a DNS-1123 subdomain: only the whole first label may be the wildcard \"*\" (a wildcard DNS-1123 subdomain)";
  }
  return undefined;
};

/**
 * Results of the qualified-name check by key: the same annotation keys recur on every Service, and this check is the
 * costliest of the Kubernetes rules. Bounded, so that random input (a fuzzer, a hostile file) cannot grow it for ever.
 */
const qualifiedNameResults = new Map<string, string | undefined>();
const QUALIFIED_NAME_CACHE_LIMIT = 4096;

/** `[prefix/]name` as used by annotation and label keys, `loadBalancerClass` and `appProtocol`. */
export const qualifiedName: NameCheck = (value) => {
  if (qualifiedNameResults.has(value)) return qualifiedNameResults.get(value);
  const result = checkQualifiedName(value);
  if (qualifiedNameResults.size >= QUALIFIED_NAME_CACHE_LIMIT) qualifiedNameResults.clear();
  qualifiedNameResults.set(value, result);
  return result;
};

const checkQualifiedName: NameCheck = (value) => {
  const parts = value.split('/');
  if (parts.length > 2) return "a qualified name must be 'name' or 'prefix/name', with at most one '/'";
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    if (parts[0].length === 0) return 'the prefix before the / must not be empty';
    const prefixError = dns1123Subdomain(parts[0]);
    if (prefixError) return `the prefix ${prefixError}`;
  }
  if (name.length === 0) return 'the name part must not be empty';
  if (name.length > 63) return `the name part must be no more than 63 characters (it has ${name.length})`;
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
};

export const labelValue: NameCheck = (value) => {
  if (value.length > 63) return `must be no more than 63 characters (it has ${value.length})`;
  if (!LABEL_VALUE.test(value)) return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  return undefined;
};

/** An IANA service name, the only form a named targetPort may take. */
export const ianaServiceName: NameCheck = (value) => {
  if (value.length === 0 || value.length > 15) return `must be 1 to 15 characters (it has ${value.length})`;
  if (!/^[-a-z0-9]+$/.test(value)) return "must contain only lower case alphanumeric characters and '-'";
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  if (value.startsWith('-') || value.endsWith('-')) return "must not begin or end with '-'";
  if (value.includes('--')) return "must not contain consecutive '-'";
  return undefined;
};

/**
 * A generateName prefix as the API server checks it: the name check, with a trailing "-" masked first (the server
 * replaces the last two characters of a prefix ending in "-" by "a" before checking, so "web-" passes as "wea").
 */
export function namePrefix(check: NameCheck): NameCheck {
  return (value) => check(value.length > 1 && value.endsWith('-') ? `${value.slice(0, -2)}a` : value);
}
