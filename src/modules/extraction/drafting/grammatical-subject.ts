/**
 * The grammatical subject of a clause, found without a parser: past the discourse markers, a
 * leading adverbial or subordinate clause ("In Samza, …", "If the cache is warm, …") and a
 * complement-taking head ("This means that …", "It is worth noting that …"), the subject is the
 * noun phrase before the first finite verb. Prose names a technology as the subject of what it
 * says about it; a technology named elsewhere in the clause (an object, a comparand, a place) is
 * what the clause is about only when the subject is no help.
 */

/** Connectives that open a clause without being part of it. */
const MARKER = /^(?:(?:and|but|yet|so|also|however|moreover|furthermore|additionally|in addition|finally|nevertheless|nonetheless|in fact|similarly|likewise|conversely|instead|still|then|thus|therefore|hence|overall|currently|today|now|otherwise|meanwhile|indeed|of course|for example|for instance|e\.g\.|on the other hand|on the flip side|in contrast|by contrast|as a result|by default|under the hood|in other words|that said|with that said|in practice|in short|in general|generally|typically|usually|often|first|second|third|lastly|first and foremost|regarding [^,]{1,60}|as for [^,]{1,60}|personally|practically|obviously|clearly|notably|importantly|unfortunately|fortunately|interestingly)\s*,?\s+)+/i;

/** A leading adverbial phrase or subordinate clause, up to its comma. */
const FRAME = /^(?:in|on|for|with|within|under|at|by|from|to|as|after|before|once|since|because|when|whenever|while|whereas|if|unless|although|though|even though|unlike|like|despite|rather than|instead of|provided that|given|using|compared (?:to|with)|apart from|besides|beyond|through|via|without|thanks to|due to)\b[^,]{1,140},\s+/i;

/** A head that takes the real statement as its complement: "This means that X …". */
const COMPLEMENT = /^(?:(?:this|that|it|which)\s+(?:also\s+)?(?:means|meant|implies|shows|suggests|ensures|indicates|is because|is why)|(?:note|remember|keep in mind|bear in mind)|it\s+(?:is|was)\s+(?:worth noting|important to (?:note|remember|emphasize)|true|clear|evident|obvious|likely|possible)|(?:we|i)\s+(?:think|believe|feel|found|find|would say|argue))\s+(?:that\s+)?/i;

/** Finite verbs and auxiliaries that end a subject noun phrase. */
const FINITE = /\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|has|have|had|hasn['’]t|haven['’]t|can|could|can['’]t|cannot|couldn['’]t|will|won['’]t|would|wouldn['’]t|should|shouldn['’]t|may|might|must|does|do|did|doesn['’]t|don['’]t|didn['’]t|needs|offers|provides|supports|uses|allows|lets|makes|gives|takes|runs|relies|requires|includes|comes|ships|stores|keeps|handles|brings|adds|remains|becomes|became|seems|tends|works|scales|performs|lacks|enables|features|exposes|follows|focuses|aims|stresses|departs|omits|stands|sits|operates|enjoys|boasts|compares|discusses|describes|covers|lists|shows|explains|analy[sz]es|outlines|summari[sz]es|presents|contains|offered|provided|supported|used|introduced|added|released|created|developed|designed|built|written)\b/i;

export type SubjectKind = 'named' | 'pronoun' | 'reader' | 'author' | 'meta' | 'generic';

export interface GrammaticalSubject {
  /** Where the subject phrase stands in the clause. */
  start: number;
  end: number;
  kind: SubjectKind;
  /** Where a leading frame ("In Samza, …", "With GCP, …") stands, if any: it may name the topic. */
  frame: { start: number; end: number } | null;
}

const PRONOUN = /^(?:it|its|it['’]s|this|that|these|those|they|their|them|such|the latter|the former)\b/i;
const READER = /^(?:you|your|one)\b/i;
const AUTHOR = /^(?:i|we|my|our|us)\b/i;
const META = /^(?:this|the following|the|these|each|every)\s+(?:article|section|page|post|guide|tables?|comparison|document|list|chapter|tutorial|overview|blog|articles|sections|pages|links?|resources)\b|^(?:here|below|above|the table below|the table above|the following|for more (?:information|details)|please|see)\b/i;

/**
 * The subject phrase of a clause and what sort it is; null when no finite verb bounds it (a
 * fragment, a list of nouns), which callers read as "no help".
 */
export function grammaticalSubject(clause: string, isNamed: (start: number, end: number) => boolean): GrammaticalSubject | null {
  let at = 0;
  let frame: { start: number; end: number } | null = null;
  for (let step = 0; step < 4; step++) {
    const rest = clause.slice(at);
    const marker = MARKER.exec(rest);
    if (marker && marker[0].length < rest.length) {
      at += marker[0].length;
      continue;
    }
    const lead = FRAME.exec(rest);
    if (lead && lead[0].length < rest.length) {
      frame ??= { start: at, end: at + lead[0].length };
      at += lead[0].length;
      continue;
    }
    const head = COMPLEMENT.exec(rest);
    if (head && head[0].length < rest.length && head[0].length > 0) {
      at += head[0].length;
      continue;
    }
    break;
  }
  const rest = clause.slice(at);
  // "I hold no grudge against …", "We moved to …": a first-person pronoun is the subject whatever verb follows it.
  const author = /^(?:I|[Ww]e)(?=\s+(?!and\b|or\b)[a-z])/.exec(rest);
  if (author) return { start: at, end: at + author[0].length, kind: 'author', frame };
  const verb = FINITE.exec(rest);
  // A subject is a short phrase: a verb far into the clause bounds something else.
  if (!verb || verb.index === 0 || verb.index > 90) return null;
  const start = at;
  const end = at + rest.slice(0, verb.index).replace(/[\s,]+$/, '').length;
  const phrase = clause.slice(start, end);
  const kind: SubjectKind = isNamed(start, end) ? 'named' : META.test(phrase) ? 'meta' : PRONOUN.test(phrase) ? 'pronoun' : READER.test(phrase) ? 'reader' : AUTHOR.test(phrase) ? 'author' : 'generic';
  return { start, end, kind, frame };
}
