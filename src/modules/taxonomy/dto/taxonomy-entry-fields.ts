import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { IsVisibleName } from '../../../common/text/visible-name.js';

/** Decorators applied as if written one per line in this order (TypeScript applies a stack bottom-up, and so does this). */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

// The rules of an entry's names and keywords, one set for creating an entry (TaxonomyEntryDto:
// seed files, POST, an annotation's taxonomy block) and for PATCH (TaxonomyEntryPatchInput).

/** A display name. */
export const IsEntryName = () => stacked(IsString(), Length(1, 120), IsVisibleName());

/** Other display spellings ("Node", "NodeJS"). */
export const IsEntryAliases = () => stacked(IsArray(), ArrayMaxSize(50), IsString({ each: true }), Length(1, 120, { each: true }), IsVisibleName({ each: true }));

/** Domain vocabulary a need may use for the entry (not names). */
export const IsEntryKeywords = () => stacked(IsArray(), ArrayMaxSize(100), IsString({ each: true }), Length(1, 120, { each: true }));
