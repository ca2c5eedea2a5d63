import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError, ErrorCode, type FieldError } from '../../common/errors/domain-error.js';
import { validateDto } from '../../common/http/validate-dto.js';
import { CriteriaFileDto, TechnologiesFileDto, UseCasesFileDto } from './dto/taxonomy-files.dto.js';
import { lookupKeysOf } from './lookup-key.js';
import { strayCommonWordNames } from './taxonomy-entry-rules.js';

/** seeds/taxonomy/*.json as read and validated: what the seed loads and what extraction knows offline. */
export interface TaxonomyFiles {
  technologies: TechnologiesFileDto;
  criteria: CriteriaFileDto;
  useCases: UseCasesFileDto;
}

/**
 * Reads and validates seeds/taxonomy/*.json, the one reader of those files (the seed, `kb extract`,
 * the evaluations): each file against its input class, then across entries (slugs and names
 * unique per file, parents known, common-word names among the entry's own). Throws naming the file
 * and entry at fault.
 */
export function readTaxonomyFiles(dir: string): TaxonomyFiles {
  const read = <T extends object>(file: string, cls: new () => T): T => {
    const full = path.join(dir, file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
      throw new DomainError(ErrorCode.INVALID_ANNOTATION, `${full}: ${(error as Error).message}`);
    }
    return validateDto(cls, parsed, full, ErrorCode.INVALID_ANNOTATION);
  };
  const files = {
    technologies: read('technologies.json', TechnologiesFileDto),
    criteria: read('criteria.json', CriteriaFileDto),
    useCases: read('use-cases.json', UseCasesFileDto),
  };
  const errors = consistencyErrors(files);
  if (errors.length) {
    throw new DomainError(ErrorCode.INVALID_ANNOTATION, `${dir}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
  }
  return files;
}

function consistencyErrors(files: TaxonomyFiles): FieldError[] {
  const errors: FieldError[] = [];
  const checkKeys = (file: string, entries: { slug: string; name: string; aliases: string[] }[]) => {
    const owner = new Map<string, string>();
    entries.forEach((entry, i) => {
      if (owner.has(`slug:${entry.slug}`)) errors.push({ field: `${file}[${i}].slug`, message: `duplicate slug '${entry.slug}'` });
      owner.set(`slug:${entry.slug}`, entry.slug);
      for (const key of lookupKeysOf(entry)) {
        const other = owner.get(key);
        if (other && other !== entry.slug) errors.push({ field: `${file}[${i}]`, message: `'${key}' names both '${other}' and '${entry.slug}'` });
        owner.set(key, entry.slug);
      }
    });
  };
  checkKeys('technologies.json', files.technologies.technologies);
  checkKeys('criteria.json', files.criteria.criteria);
  checkKeys('use-cases.json', files.useCases.useCases);
  const slugs = new Set(files.technologies.technologies.map((t) => t.slug));
  files.technologies.technologies.forEach((t, i) => {
    if (t.parent && !slugs.has(t.parent)) errors.push({ field: `technologies.json[${i}].parent`, message: `unknown parent '${t.parent}'` });
    errors.push(...strayCommonWordNames(t, `technologies.json[${i}]`).map((p) => p.error));
  });
  return errors;
}
