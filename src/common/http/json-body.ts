import secureJson from 'secure-json-parse';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { inputGuardProblems } from './input-guard.js';
import { validationFailed } from './validation.js';

/**
 * How deep a JSON body may nest. The deepest real input (a GraphQL request carrying an
 * annotation: variables > input > taxonomy > technologies > [ ] > aliases > [ ]) is about 8;
 * validation and class-transformer recurse, so a body 3,000 levels deep overflowed the stack (500).
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when the JSON text opens more than `limit` arrays/objects at once. One pass over the
 * characters, before parsing (so a deep body costs no parse either); brackets inside strings
 * do not count.
 */
export function jsonDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

/**
 * A request body as JSON: empty text is no body; malformed JSON, nesting deeper than
 * MAX_JSON_DEPTH and a `__proto__` or `constructor.prototype` key are 400s (secure-json-parse,
 * Fastify's own parser, which our parser replaces).
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (jsonDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `The body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep`);
  }
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    // secure-json-parse does not say where: the plain parse (safe to walk) names the field.
    const problems = error instanceof SyntaxError && /prototype/i.test(error.message) ? inputGuardProblems(JSON.parse(text)) : [];
    if (problems.length) throw validationFailed(problems, 'The body');
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The body is not valid JSON');
  }
}
