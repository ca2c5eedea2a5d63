/**
 * Paragraphs and items that speak to the reader about the page rather than about the compared
 * technologies: calls to action, comment prompts, requests for contributions, pointers to other
 * pages, a vendor's offer of its own services. Markup rarely marks them (they sit in the article's own text), so their words
 * do. Only a short block that is such a line as a whole is furniture; a sentence that merely
 * contains "contact" or "download" is not.
 */

/** Opening words of a call to action or a sign-off. */
const CALL_TO_ACTION = /^(?:click here|tap here|sign up (?:for (?:free|a|an|our)|now|today|here)|subscribe (?:now|today|here|to (?:our|my|the) (?:newsletter|blog|channel|mailing list|updates|podcast))|get started (?:today|now|for free|free)|start (?:your|a) free|try \S+(?: \S+)? (?:for free|free|today)|book a (?:demo|call|meeting|consultation)|request a (?:demo|quote|trial)|schedule a (?:demo|call|consultation)|contact (?:us|our (?:team|experts|sales))|talk to (?:us|our|an expert)|download (?:our|the free|now)|get (?:your|a) free|join (?:our|the) (?:newsletter|community|mailing list|waitlist)|follow (?:us|me) on|thanks for reading|thank you for reading|happy (?:coding|hacking)|if you (?:liked|enjoyed|found this)|share this|don'?t forget to (?:share|subscribe|follow)|need (?:help|expert help) (?:with|choosing|deciding)|looking for (?:an? )?(?:expert|partner|team|agency) (?:to|who|for)|hire (?:us|our))\b/i;
/** Words that make a whole short line a comment prompt or a request to contribute. */
const PROMPT = /\b(?:(?:in|to) the comments?(?: below| section)?|comments? (?:below|section)|leave (?:a|your) (?:comment|reply|thoughts)|drop (?:a|us a) (?:comment|line)|let (?:me|us) know (?:what|in|if|your|below)|share your (?:thoughts|experience|opinion)|please (?:file|open|submit|raise|create) (?:a |an )?(?:new )?(?:issue|bug|ticket|pull request))\b/i;
/**
 * A line that only points elsewhere: "For more information, see …", "The following articles
 * provide …", "To learn more, read …", "See also …". What it points to is another page's text.
 */
const POINTER = /^(?:for (?:more )?(?:information|details|guidance|an overview|a (?:full|complete) list)\b[^.]{0,120}\bsee\b|the following (?:articles|links|resources|pages|posts|guides|documents|tutorials)\b|to (?:learn|read|find out) more\b|(?:learn|read) more (?:about|in|at|here)\b|see also\b|further reading\b|check out (?:our|the|this|these)\b)/i;
/** Words of a vendor's offer of its own services: who it is, then a way to engage it. */
const SELF = /\b(?:we|our|us)\b/i;
const ENGAGE = /\b(?:get in touch|reach out|contact (?:us|our)|talk to (?:us|our)|book (?:a|an|your) (?:call|demo|meeting|consultation|free)|schedule (?:a|an|your) (?:call|demo|consultation)|let['’]s talk|drop us a line|hire us|request a (?:quote|demo))\b/i;

/** Whether a paragraph or item is furniture: a short call to action, comment prompt, request, pointer elsewhere or vendor's offer. */
export function isFurnitureText(text: string): boolean {
  const line = text.trim().replace(/^[-*•]\s+/, '');
  if (line.length > 240) return false;
  if (CALL_TO_ACTION.test(line) || PROMPT.test(line) || POINTER.test(line)) return true;
  // "We build data platforms for startups. Get in touch to discuss your project.": the vendor's offer, however it opens.
  return SELF.test(line) && ENGAGE.test(line);
}
