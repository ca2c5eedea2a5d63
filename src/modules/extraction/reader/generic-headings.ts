/**
 * Headings that name a part of the article rather than what it compares: "Overview",
 * "Introduction", "Case 1", "Final thoughts", "What is Alpha?". Drafting must not take them for
 * criteria; the reader marks them (`ReaderBlock.generic`) since it knows no technology names, a
 * name or two beside such words ("Alpha overview", "Introduction to Beta") still counts.
 */

/** Numbering before a heading's words: "1.", "2)", "IV.", "Step 3:" is kept (it is the heading). */
const NUMBERING = /^(?:\d+(?:\.\d+)*[.):]?|[IVX]+[.)])\s+/;
/** Words that name a part of an article. */
const PART_WORDS = String.raw`overview|introduction|intro|background|context|preface|prerequisites|setup|getting started|the basics|basics|summary|conclusions?|final thoughts|closing thoughts|final words|last words|wrapping up|wrap-?up|tl;?\s?dr|in (?:short|summary|conclusion|a nutshell)|bottom line|the bottom line|at a glance|quick comparison|comparison|comparisons|feature comparison|side[- ]by[- ]side|head[- ]to[- ]head|key differences|main differences|differences|similarities|key takeaways|takeaways|resources|references|further reading|sources|appendix|notes?|disclaimer|acknowledge?ments|about|faqs?|table of contents|contents|what'?s next|next steps|update|updates`;
/** A numbered part: "Case 1", "Scenario B", "Part II", "Example 3". */
const NUMBERED_PART = String.raw`(?:case|example|scenario|part|step|round|option|section|chapter|use case|test|benchmark|question)\s*(?:#?\d+|[A-Z]|[IVX]+)`;
/** A name: one to three capitalised or code-like words ("Alpha", "Beta DB", "Node.js"). */
const NAME = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.+#-]*|[\p{Ll}][\p{L}\p{N}]*[.+#][\p{L}\p{N}.+#-]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+#-]*){0,2}`;

const ARTICLE = String.raw`(?:an?\s+|the\s+)?`;
const PART_ALONE = new RegExp(String.raw`^${ARTICLE}(?:${PART_WORDS}|${NUMBERED_PART})$`, 'i');
/** "Case 1: a small team" names a part before what it is about. */
const NUMBERED_LEAD = new RegExp(String.raw`^${NUMBERED_PART}\s*[:.\u2013\u2014-]`, 'i');
/** "Alpha overview", "Alpha vs Beta: an overview". */
const NAMES_THEN_PART = new RegExp(String.raw`^(.+?):?\s+${ARTICLE}(?:${PART_WORDS})$`, 'i');
/** "Overview of Alpha", "Introduction to Alpha and Beta". */
const PART_THEN_NAMES = new RegExp(String.raw`^${ARTICLE}(?:${PART_WORDS})\s+(?:of|to|for|on)\s+(.+)$`, 'i');
/** "What is Alpha?", "What are Alpha and Beta?" */
const WHAT_IS = /^what\s+(?:is|are)\s+(.+?)\s*\??$/i;
const NAMES = new RegExp(String.raw`^${NAME}(?:\s+(?:and|&|vs\.?|versus|or)\s+${NAME})?$`, 'u');

/** Whether a heading names a part of the article (not a criterion). */
export function isGenericHeading(text: string): boolean {
  const words = text.replace(NUMBERING, '').replace(/[\s.!]+$/, '').trim();
  if (!words) return false;
  if (PART_ALONE.test(words) || NUMBERED_LEAD.test(words)) return true;
  const named = NAMES_THEN_PART.exec(words)?.[1] ?? PART_THEN_NAMES.exec(words)?.[1] ?? WHAT_IS.exec(words)?.[1];
  return named !== undefined && NAMES.test(named.trim());
}
