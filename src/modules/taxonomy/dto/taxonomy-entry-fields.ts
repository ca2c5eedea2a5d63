import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { IsVisibleName } from '../../../common/text/visible-name.js';

/** Decorators applied as if written one per line in this order (TypeScript applies a stack bottom-up, and so does this). */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

// The rules of an entry's names, keywords and flags, one set for creating an entry (TaxonomyEntryDto:
// seed files, POST, an annotation's taxonomy block) and for PATCH (TaxonomyEntryPatchInput).

/** A display name. */
export const IsEntryName = () => stacked(IsString(), Length(1, 120), IsVisibleName());

/** Other display spellings ("Node", "NodeJS"). */
export const IsEntryAliases = () => stacked(IsArray(), ArrayMaxSize(50), IsString({ each: true }), Length(1, 120, { each: true }), IsVisibleName({ each: true }));

/** Domain vocabulary a need may use for the entry (not names). */
export const IsEntryKeywords = () => stacked(IsArray(), ArrayMaxSize(100), IsString({ each: true }), Length(1, 120, { each: true }));

/** A technology's names that are everyday words (each its name or one of its aliases: checked by the write service). */
export const IsEntryCommonWordNames = () => stacked(IsArray(), ArrayMaxSize(50), IsString({ each: true }), Length(1, 120, { each: true }));

/** A criterion's neutral phrases ("no garbage collector"): a few words each. */
export const IsEntryNeutralPhrases = () => stacked(IsArray(), ArrayMaxSize(50), IsString({ each: true }), Length(3, 120, { each: true }), Matches(/^\w[^\n]*\s[^\n]*\w$/, { each: true, message: 'each neutral phrase is two words or more, beginning and ending with a letter or digit' }));
