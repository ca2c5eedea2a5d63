/**
 * Paragraphs and items that speak to the reader about the page rather than about the compared
 * technologies: calls to action, comment prompts, requests for contributions, a vendor's offer of
 * its own services. Markup rarely marks them (they sit in the article's own text), so their words
 * do. Only a short block that is such a line as a whole is furniture; a sentence that merely
 * contains "contact" or "download" is not.
 */

/** Opening words of a call to action or a sign-off. */
const CALL_TO_ACTION = /^(?:click here|tap here|sign up (?:for (?:free|a|an|our)|now|today|here)|subscribe (?:now|today|here|to (?:our|my|the) (?:newsletter|blog|channel|mailing list|updates|podcast))|get started (?:today|now|for free|free)|start (?:your|a) free|try \S+(?: \S+)? (?:for free|free|today)|book a (?:demo|call|meeting|consultation)|request a (?:demo|quote|trial)|schedule a (?:demo|call|consultation)|contact (?:us|our (?:team|experts|sales))|talk to (?:us|our|an expert)|download (?:our|the free|now)|get (?:your|a) free|join (?:our|the) (?:newsletter|community|mailing list|waitlist)|follow (?:us|me) on|thanks for reading|thank you for reading|happy (?:coding|hacking)|if you (?:liked|enjoyed|found this)|share this|don'?t forget to (?:share|subscribe|follow)|need (?:help|expert help) (?:with|choosing|deciding)|looking for (?:an? )?(?:expert|partner|team|agency) (?:to|who|for)|hire (?:us|our))\b/i;
/** Words that make a whole short line a comment prompt or a request to contribute. */
const PROMPT = /\b(?:(?:in|to) the comments?(?: below| section)?|comments? (?:below|section)|leave (?:a|your) (?:comment|reply|thoughts)|drop (?:a|us a) (?:comment|line)|let (?:me|us) know (?:what|in|if|your|below)|share your (?:thoughts|experience|opinion)|please (?:file|open|submit|raise) (?:a|an) (?:new )?(?:issue|bug|ticket|pull request))\b/i;

/** Whether a paragraph or item is furniture: a short call to action, comment prompt or request. */
export function isFurnitureText(text: string): boolean {
  const line = text.trim().replace(/^[-*•]\s+/, '');
  if (line.length > 240) return false;
  return CALL_TO_ACTION.test(line) || PROMPT.test(line);
}
