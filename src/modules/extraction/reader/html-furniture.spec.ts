import { readArticle } from './reader-text.js';

describe('page furniture left out of HTML', () => {
  it('leaves out a list of links to other pages, and keeps a list of linked tool names', () => {
    const html = `<article><p>Alpha stores rows on disk.</p>
      <h2>Next steps</h2><ul><li><a href="/a">Set up your first Alpha cluster</a></li><li><a href="/b">Tune Alpha for write-heavy loads</a></li></ul>
      <p>Clients exist for:</p><ul><li><a href="/py">Python</a></li><li><a href="/go">Go</a></li></ul></article>`;
    const body = readArticle(html, 'html').body;
    expect(body).not.toContain('Set up your first Alpha cluster');
    expect(body).toContain('- Python\n- Go');
  });

  it('leaves out a paragraph of links to other pages run together, and keeps prose with links in it', () => {
    const html = `<article><p>Alpha stores rows on disk.</p>
      <p>Related: <a href="/a">Tuning Alpha for heavy writes</a>, <a href="/b">Running Beta in production</a></p>
      <p>See how <a href="/c">Alpha replicates data</a> and <a href="/d">Beta shards it</a> before you choose between them.</p></article>`;
    const body = readArticle(html, 'html').body;
    expect(body).not.toContain('Tuning Alpha');
    expect(body).toContain('See how Alpha replicates data and Beta shards it before you choose between them.');
  });

  it('leaves out comment forms, share bars, related posts and button rows by their class or id', () => {
    const html = `<article><p>Beta answers in a millisecond.</p>
      <div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
      <div class="sharedaddy"><p>Share this on your network</p></div>
      <div class="jp-relatedposts"><p>Alpha versus Gamma for small teams</p></div>
      <div class="wp-block-buttons"><p>Start a free trial</p></div></article>`;
    expect(readArticle(html, 'html').body).toBe('Beta answers in a millisecond.');
  });

  it('finds the article in a page that does not mark it, and keeps the page title', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} says that Alpha keeps its indexes in memory and Beta keeps them on disk.</p>`).join('');
    const html = `<html><body><div class="top"><h1>Alpha vs Beta</h1></div>
      <div id="wrap"><div class="column-left"><p>Latest posts</p><p>Archive</p></div>
      <div class="column-main"><h2>Storage</h2>${prose(6)}<table><tr><th>Topic</th><th>Alpha</th><th>Beta</th></tr><tr><td>Index</td><td>Memory</td><td>Disk</td></tr></table></div></div>
      <div class="bottom"><p>Powered by a blog engine</p></div></body></html>`;
    const doc = readArticle(html, 'html');
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', level: 1, text: 'Alpha vs Beta' });
    expect(doc.body).toContain('Storage');
    expect(doc.body).toContain('Index | Memory | Disk');
    expect(doc.body).not.toContain('Latest posts');
    expect(doc.body).not.toContain('Powered by');
    expect(doc.metadata.title).toBe('Alpha vs Beta');
  });

  it('keeps the whole page when its text is spread over several containers', () => {
    const html = '<html><body><div><p>Alpha is written in Rust and ships as one binary.</p></div><div><p>Beta is written in Java and runs on the JVM.</p></div></body></html>';
    const body = readArticle(html, 'html').body;
    expect(body).toContain('Alpha is written in Rust');
    expect(body).toContain('Beta is written in Java');
  });
});

describe('the article among page chrome', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Point ${i}: Alpha keeps its indexes in memory, and Beta keeps them on disk, so Alpha answers faster while Beta holds more data per node.</p>`).join('');

  it('keeps a container whose class only says how it is laid out ("overflow-hidden", "has-sidebar")', () => {
    const html = `<html><body><main><div class="page has-sidebar"><div class="prose overflow-hidden"><h1>Alpha vs Beta</h1>${prose(3)}</div></div></main></body></html>`;
    expect(readArticle(html, 'html').body).toContain('Point 2: Alpha keeps');
  });

  it('reads the <article> holding the text, not a teaser card marked as one before it', () => {
    const html = `<html><body><div class="cards"><article><p>Gamma vs Delta: a short teaser.</p></article></div>
      <article><h1>Alpha vs Beta</h1>${prose(4)}</article></body></html>`;
    const body = readArticle(html, 'html').body;
    expect(body).toContain('Point 3: Alpha keeps');
    expect(body).not.toContain('teaser');
  });

  it('leaves out a byline and an author box no class marks, where Readability sees them outside the article', () => {
    const html = `<html><head><title>Alpha vs Beta</title></head><body><article><h1>Alpha vs Beta</h1><p>Kim Park · 4 min read</p>
      <div class="body">${prose(8)}<ul><li>Alpha: memory</li><li>Beta: disk</li></ul></div>
      <div class="about"><p><a href="/kim">Kim Park</a> writes about storage engines and lives by the sea.</p></div></article></body></html>`;
    const body = readArticle(html, 'html').body;
    expect(body).toContain('Point 7: Alpha keeps');
    expect(body).toContain('Alpha: memory\n- Beta: disk');
    expect(body).not.toContain('lives by the sea');
    expect(body).not.toContain('min read');
  });

  it('leaves the permalink sign of a documentation heading out of the heading and the title', () => {
    const html = `<article><h1>Alpha and its rivals<a class="headerlink" href="#top">¶</a></h1><p>Alpha stores rows on disk.</p>
      <h2>Storage <a class="headerlink" href="#storage">¶</a></h2><p>Beta keeps rows in memory.</p></article>`;
    const doc = readArticle(html, 'html');
    expect(doc.metadata.title).toBe('Alpha and its rivals');
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['Alpha and its rivals', 'Storage']);
  });
});
