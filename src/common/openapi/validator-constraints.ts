import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { patternMaxLength } from './pattern-length.js';

/** A class whose properties carry class-validator decorators. */
export type InputClass = abstract new (...args: never[]) => unknown;

/** The part of a JSON schema that validators bound. */
export type SchemaLimits = Record<string, unknown>;

type Metadata = { propertyName: string; name?: string; constraints?: unknown[]; each?: boolean };

/**
 * The limits an input class's class-validator decorators enforce, per property, as JSON schema
 * keywords: the OpenAPI document then states the limits the server really applies (the
 * swagger decorators alone would repeat them by hand, and drift).
 */
export function limitsOf(target: InputClass): Map<string, { own: SchemaLimits; items: SchemaLimits }> {
  const byProperty = new Map<string, { own: SchemaLimits; items: SchemaLimits }>();
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target as unknown as () => void, '', true, false) as Metadata[];
  for (const meta of metadatas) {
    const patch = keywords(meta.name, meta.constraints ?? []);
    if (!patch) continue;
    let entry = byProperty.get(meta.propertyName);
    if (!entry) byProperty.set(meta.propertyName, (entry = { own: {}, items: {} }));
    Object.assign(meta.each && !meta.name?.startsWith('array') ? entry.items : entry.own, patch);
  }
  return byProperty;
}

function keywords(name: string | undefined, [a, b]: unknown[]): SchemaLimits | undefined {
  switch (name) {
    case 'maxLength':
      return { maxLength: a };
    case 'minLength':
      return { minLength: a };
    case 'isLength':
      return { minLength: a, ...(typeof b === 'number' ? { maxLength: b } : {}) };
    case 'matches': {
      const source = a instanceof RegExp ? a.source : typeof a === 'string' ? a : undefined;
      if (source === undefined) return undefined;
      // The length a pattern bounds is a limit clients can read without parsing the pattern.
      const max = patternMaxLength(source);
      // ECMA-262 patterns in OpenAPI have no flags: a case-insensitive one is spelled with both cases.
      const caseInsensitive = a instanceof RegExp && a.flags.includes('i');
      return { pattern: caseInsensitive ? bothCases(source) : source, ...(Number.isFinite(max) ? { maxLength: max } : {}) };
    }
    case 'isInt':
      // The document must not promise that 1.5 is a page size the server accepts.
      return { type: 'integer', format: 'int32' };
    case 'isIn':
      return Array.isArray(a) ? { enum: a } : undefined;
    case 'arrayMaxSize':
      return { maxItems: a };
    case 'arrayMinSize':
      return { minItems: a };
    case 'max':
      return { maximum: a };
    case 'min':
      return { minimum: a };
    default:
      return undefined;
  }
}

const ARRAY_KEYWORDS = new Set(['maxItems', 'minItems']);

/** Applies limits to a property schema (string limits of an array go to its items); keeps what is stated. */
export function applyLimits(schema: Record<string, unknown>, limits: { own: SchemaLimits; items: SchemaLimits }): void {
  const isArray = schema.type === 'array';
  const itemsOf = () => (schema.items ??= {}) as Record<string, unknown>;
  for (const [key, value] of [...Object.entries(limits.own), ...Object.entries(limits.items)]) {
    const target = isArray && !ARRAY_KEYWORDS.has(key) ? itemsOf() : schema;
    if (key === 'enum' && '$ref' in target) continue;
    if (key === 'type') {
      // @nestjs/swagger states a number; an integer validator narrows it (keeping a null it allows)
      target.type = Array.isArray(target.type) ? target.type.map((t) => (t === 'number' ? value : t)) : target.type === undefined || target.type === 'number' ? value : target.type;
      continue;
    }
    if (!(key in target)) target[key] = value;
  }
}

/** Every class that has validation metadata, by name (OpenAPI component names are class names). */
export function validatedClassesByName(): Map<string, InputClass> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<InputClass, unknown[]> };
  const classes = new Map<string, InputClass>();
  for (const target of storage.validationMetadatas.keys()) if (typeof target === 'function') classes.set(target.name, target);
  // A subclass that only inherits its rules (UseCaseEntryDto) has no metadata of its own: the
  // GraphQL input types (every body class is one) name it.
  for (const { target } of TypeMetadataStorage.getInputTypesMetadata()) {
    const type = target as unknown as InputClass;
    if (!classes.has(type.name) && limitsOf(type).size) classes.set(type.name, type);
  }
  return classes;
}

/**
 * A regular expression source made case-insensitive without flags (`ab` -> `[aA][bB]`), for a
 * validator that matches with the `i` flag. Escapes (`\d`, `\.`) are kept as they are.
 */
export function bothCases(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (inClass && /[a-z]/i.test(c) && source[i + 1] === '-' && /[a-z]/i.test(source[i + 2] ?? '')) {
      // a range: [a-f] -> [a-fA-F]
      const end = source[i + 2];
      out += `${lower}-${end.toLowerCase()}${upper}-${end.toUpperCase()}`;
      i += 2;
    } else if (!/[a-z]/i.test(c) || lower === upper) out += c;
    else out += inClass ? lower + upper : `[${lower}${upper}]`;
  }
  return out;
}
