// The HTML → text converter behind the tool output's long texts (ticket details, action notes).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { htmlToText, looksLikeHtml } = require('../../dist/nodes/HaloPsa/helpers/htmlText.js');

describe('htmlToText', () => {
	it('leaves plain text exactly as it is', () => {
		for (const text of ['Printer offline', '  two  spaces\n\n\nthree breaks ', 'a < b and c > d', 'R&D team', '']) {
			assert.equal(looksLikeHtml(text), false, text);
			assert.equal(htmlToText(text), text);
		}
	});

	it('turns block tags and <br> into line breaks and collapses layout whitespace', () => {
		assert.equal(
			htmlToText('<p>Hello,</p>\n  <p>the   printer\n is offline.<br>Thanks</p>'),
			'Hello,\n\nthe printer is offline.\nThanks',
		);
		assert.equal(htmlToText('<div>One</div><div>Two</div><h2>Three</h2>'), 'One\n\nTwo\n\nThree');
		assert.equal(
			htmlToText('<table><tr><td>Host</td><td>PC-01</td></tr><tr><td>User</td><td>ella</td></tr></table>'),
			'Host PC-01\n\nUser ella',
		);
	});

	it('writes list items as "- " lines', () => {
		assert.equal(
			htmlToText('<p>Steps:</p><ul><li>Restart</li><li>Reconnect <b>Wi-Fi</b></li></ul>'),
			'Steps:\n\n- Restart\n- Reconnect Wi-Fi',
		);
	});

	it('decodes named, decimal and hexadecimal entities after removing tags', () => {
		assert.equal(
			htmlToText('<p>&quot;A&quot; &amp; B &lt;tag&gt; caf&eacute;&nbsp;x &#8364;5 &#x2013; &hellip;</p>'),
			'"A" & B <tag> caf&eacute; x €5 – …',
		);
		// an escaped tag is text, not markup
		assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
		// out-of-range code points stay as written
		assert.equal(htmlToText('<b>&#0; &#x110000;</b>'), '&#0; &#x110000;');
	});

	it('drops scripts, styles, head, comments and unclosed hidden elements', () => {
		const mail =
			'<!DOCTYPE html><html><head><title>Mail</title><style>p { color: red }</style></head>' +
			'<body><!-- tracking --><p>Visible</p><script type="text/javascript">if (a < b) track();</script>' +
			'<p>Also visible</p><style>never closed';
		assert.equal(htmlToText(mail), 'Visible\n\nAlso visible');
	});

	it('keeps the text of inline tags and links, drops attributes', () => {
		assert.equal(
			htmlToText(
				'<span style="font-weight:bold">See</span> <a href="https://x.example/kb?id=1&amp;a=2">the article</a>.',
			),
			'See the article.',
		);
	});

	it('handles mail-sized input in linear time', () => {
		const html = '<div><p>Line with <b>bold</b> &amp; text</p></div>'.repeat(20000);
		const started = Date.now();
		const text = htmlToText(html);
		assert.ok(Date.now() - started < 1000);
		assert.equal(text.split('\n\n').length, 20000);
	});
});
