import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Characters that show nothing, or reorder what is shown, in a name: format characters (Cf:
 * zero-width space and joiners, bidi embeddings, overrides and isolates, soft hyphen, word
 * joiner), controls (Cc), line and paragraph separators, variation selectors, the combining
 * grapheme joiner and the Hangul fillers. `Node\u200b.js` and `\u202esj.edoN` both display as
 * "Node.js".
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;

/** The first invisible or reordering character of a name, as U+XXXX, or null. */
export function invisibleCharacter(value: string): string | null {
  const found = INVISIBLE.exec(value);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** A name (or each name of a list) holds only characters that show as themselves. */
export function IsVisibleName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isVisibleName',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || invisibleCharacter(value) === null,
        defaultMessage: (args) => `${args?.property ?? 'name'} contains an invisible or text-direction character (${invisibleCharacter(String(args?.value ?? '')) ?? 'in an item'}), which would make it look like another name`,
      },
    },
    options,
  );
}
