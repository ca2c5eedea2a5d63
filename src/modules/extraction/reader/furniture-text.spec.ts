import { isFurnitureText } from './furniture-text.js';
import { readArticle } from './reader-text.js';

describe('calls to action and comment prompts written in the article text', () => {
  it.each([
    ['Click here to see the full benchmark', true],
    ['Start your free trial of Alpha Cloud today.', true],
    ['Which one do you use? Let us know in the comments below!', true],
    ['Found a gap in this table? Please open an issue on the tracker.', true],
    ['Need help choosing between them? Talk to our engineers.', true],
    ['Thanks for reading!', true],
    ['Alpha lets you download a snapshot of the whole cluster in one call.', false],
    ['Contact points are configured per node in Beta.', false],
    ['Comments in Alpha configuration files start with a hash.', false],
    ['Subscribe to topics with wildcards in Alpha', false],
    ['Sign up and login flows come built in', false],
    ['Subscribe to our newsletter for weekly tips.', true],
    ['If a flag is missing, please file a new issue in the tracker.', true],
    ['For more information about retention policies, see Managing retention.', true],
    ['The following articles provide more detail on running Alpha in production.', true],
    ['To learn more, read the Beta operator handbook.', true],
    ['We migrate data platforms for growing teams. Get in touch to plan yours.', true],
    ['Our consultants have run Alpha at scale for years; book a free call with them.', true],
    ['For more information on retention, Alpha keeps seven days by default.', false],
    ['The following steps are the same in Alpha and Beta.', false],
    ['We measured Alpha at 40,000 writes per second on one node.', false],
    ['Beta can reach out to an external vault for secrets.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isFurnitureText(text)).toBe(expected);
  });

  it.each([
    ['html', '<article><p>Alpha compacts its log at night.</p><p>What do you pick? Tell us in the comments.</p></article>'],
    ['markdown', 'Alpha compacts its log at night.\n\nWhat do you pick? Tell us in the comments.\n'],
    ['text', 'Alpha compacts its log at night.\n\nWhat do you pick? Tell us in the comments.\n'],
  ] as const)('%s: such a paragraph is no block to draft from', (format, content) => {
    const doc = readArticle(content, format);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Alpha compacts its log at night.']);
    for (const block of doc.blocks) expect(doc.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });
});
