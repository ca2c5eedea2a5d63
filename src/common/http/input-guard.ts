import type { FieldError } from '../errors/domain-error.js';

/**
 * Text PostgreSQL cannot store as it was sent: NUL (`text` refuses it: "invalid byte sequence"),
 * and lone UTF-16 surrogates (no UTF-8 form: the driver would store U+FFFD, a silent change).
 * Refused rather than stripped: a source body is stored verbatim and quotes are offsets into it.
 */
// eslint-disable-next-line no-control-regex -- NUL is what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Keys no input has, and that JavaScript objects give meaning to (prototype pollution, class-validator's whitelist misses `constructor`). */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const MAX_REPORTED = 10;

/** Why a string cannot be stored, or null. */
export function unstorableText(value: string): string | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  return found[0] === '\u0000' ? 'contains a NUL character (U+0000), which text cannot hold' : 'contains an unpaired UTF-16 surrogate, which UTF-8 text cannot hold';
}

/**
 * What every input (REST body, query and path; GraphQL argument; a validated file) must satisfy
 * before its own validation: no string (value or key) PostgreSQL cannot store, and no
 * prototype key. One walk, iterative (a deep value cannot overflow the stack), stopping after
 * a few problems. `root` names the value (`a` for a GraphQL argument); '' for a body.
 */
export function inputGuardProblems(value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: [unknown, string][] = [[value, root]];
  const seen = new Set<object>();
  while (stack.length && problems.length < MAX_REPORTED) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const why = unstorableText(node);
      if (why) problems.push({ field: path || 'value', message: `${path || 'the value'} ${why}` });
      continue;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}[${i}]`]);
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const field = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        problems.push({ field, message: `property ${key} should not exist` });
        continue;
      }
      const why = unstorableText(key);
      if (why) {
        problems.push({ field: path || 'value', message: `a property name ${why}` });
        continue;
      }
      stack.push([(node as Record<string, unknown>)[key], field]);
    }
  }
  return problems;
}
