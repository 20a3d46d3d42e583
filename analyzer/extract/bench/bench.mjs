// make extract-bench: extraction quality of PolicyLens beside Mozilla
// Readability on real pages with a reference text.
//
//   node analyzer/extract/bench/bench.mjs [DIR]   (default /work/shared/policies-dev/ota-dating)
//
// Pages: every NAME.KIND.html of DIR that has a NAME.KIND.md beside it (the
// text Open Terms Archive took from the page with a hand-written selector).
// Both extractors run on the same pages in the same run: PolicyLens through
// analyzer/extract/internal/dump (Extract in auto mode, the blocks' text),
// Readability (@mozilla/readability on a jsdom document, its textContent;
// a page it gives up on scores 0).
//
// The measure: bag of words. A text's words are its runs of letters and
// digits (Unicode \p{L}\p{N}, with the marks \p{M}), lower-cased. The
// reference is the .md with link destinations, image sources and HTML tags
// removed first (their words are not text of the page). With the multisets
// E (extracted) and R (reference) and |E∩R| the sum over words of
// min(count in E, count in R): precision = |E∩R|/|E|, recall = |E∩R|/|R|,
// F1 their harmonic mean. A language's figure is the mean over its pages
// (each page counts once, whatever its length).
//
// Ceiling: the best F1 any extractor can reach on a page that outputs only
// the page's visible words: all of the reference's words the page holds and
// nothing else, 2r/(1+r) with r the recall of the visible text. A page whose
// saved version differs from the reference's caps both extractors there.
// "room" is the mean ceiling minus Readability's mean F1: the largest lead
// over Readability the page set allows.
//
// A page's language is read from its reference text: the language among
// en, fr, de whose 12 commonest function words are most frequent in it.
//
// Pages left out of both extractors' figures, listed apart: when the page's
// whole visible text (body without script, style, noscript and template)
// holds less than 30% of the reference's words, either the page renders its
// text with script (its visible text has under 20% as many words as the
// reference) or the saved page is not the text of the reference (another
// language or version of the page).
//
// Environment: GO (go binary, default "go").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = resolve(process.argv[2] || '/work/shared/policies-dev/ota-dating');

/** @param {string} s @returns {Map<string, number>} */
export function bag(s) {
	const m = new Map();
	for (const w of s.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) || []) m.set(w, (m.get(w) || 0) + 1);
	return m;
}

/** @param {Map<string, number>} m */
function size(m) {
	let n = 0;
	for (const c of m.values()) n += c;
	return n;
}

/** Bag-of-words precision, recall and F1 of got against want. */
export function score(got, want) {
	const g = bag(got), w = bag(want);
	let common = 0;
	for (const [k, c] of g) common += Math.min(c, w.get(k) || 0);
	const ng = size(g), nw = size(w);
	const p = ng ? common / ng : 0, r = nw ? common / nw : 0;
	return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The reference's text: Markdown without link destinations, image sources and tags. */
export function referenceText(md) {
	return md
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, ']')
		.replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
		.replace(/<[^>]+>/g, ' ');
}

const functionWords = {
	en: 'the of and to in you your we our is for that'.split(' '),
	fr: 'de la le et les des vos vous à nous du en'.split(' '),
	de: 'der die und das sie ihre wir zu den von ist mit'.split(' '),
};

/** The language (en, fr, de) whose function words are most frequent in text. */
export function languageOf(text) {
	const b = bag(text);
	let best = 'en', bestN = -1;
	for (const [lang, words] of Object.entries(functionWords)) {
		const n = words.reduce((s, w) => s + (b.get(w) || 0), 0);
		if (n > bestN) [best, bestN] = [lang, n];
	}
	return best;
}

/** The visible text of a page: its body without scripts and the like. */
function visibleText(document) {
	const body = document.body;
	if (!body) return '';
	const clone = body.cloneNode(true);
	for (const el of clone.querySelectorAll('script, style, noscript, template')) el.remove();
	return clone.textContent || '';
}

function readability(html, url) {
	const virtualConsole = new VirtualConsole(); // jsdom's CSS parse errors are noise here
	const dom = new JSDOM(html, { url, virtualConsole });
	const visible = visibleText(dom.window.document);
	let text = '';
	try {
		const article = new Readability(dom.window.document).parse();
		text = article?.textContent || '';
	} catch {
		text = '';
	}
	dom.window.close();
	return { text, visible };
}

function main() {
	const pages = readdirSync(dir)
		.filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.md'))))
		.sort();
	if (pages.length === 0) throw new Error(`no NAME.html with NAME.md in ${dir}`);
	const files = pages.map((f) => join(dir, f));
	const out = execFileSync(process.env.GO || 'go', ['run', './analyzer/extract/internal/dump', ...files], {
		cwd: root,
		maxBuffer: 1 << 30,
		encoding: 'utf8',
	});
	const ours = new Map(out.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.file, r.text || '']));

	const rows = [];
	const scriptOnly = [];
	for (const f of pages) {
		const file = join(dir, f);
		const html = readFileSync(file, 'utf8');
		const ref = referenceText(readFileSync(file.replace(/\.html$/, '.md'), 'utf8'));
		const lang = languageOf(ref);
		const rd = readability(html, 'https://example.org/' + f);
		const name = f.replace(/\.html$/, '');
		const seen = score(rd.visible, ref).r;
		if (seen < 0.3) {
			const refWords = size(bag(ref)), visibleWords = size(bag(rd.visible));
			scriptOnly.push({ name, lang, refWords, visibleWords, seen, script: visibleWords < 0.2 * refWords });
			continue;
		}
		rows.push({ name, lang, pl: score(ours.get(file) ?? '', ref), rd: score(rd.text, ref), ceiling: (2 * seen) / (1 + seen) });
	}

	const f3 = (x) => x.toFixed(3);
	const sign = (x) => (x >= 0 ? '+' : '') + x.toFixed(3);
	console.log(`extraction on ${dir}: ${pages.length} pages, ${rows.length} scored, ${scriptOnly.length} left out (below)\n`);
	console.log('per page (F1)');
	console.log('page'.padEnd(34) + 'lang  PolicyLens  Readability    diff');
	for (const r of rows.sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name))) {
		console.log(r.name.padEnd(34) + r.lang.padEnd(6) + f3(r.pl.f1).padStart(10) + f3(r.rd.f1).padStart(13) + sign(r.pl.f1 - r.rd.f1).padStart(8));
	}
	console.log('\nmean over pages, by language');
	console.log('lang  pages   PolicyLens P      R     F1   Readability P      R     F1   F1 diff   ceiling   room');
	const langs = ['en', 'fr', 'de', 'all'];
	for (const lang of langs) {
		const rs = rows.filter((r) => lang === 'all' || r.lang === lang);
		if (rs.length === 0) continue;
		const mean = (k, m) => rs.reduce((s, r) => s + r[k][m], 0) / rs.length;
		const ceiling = rs.reduce((s, r) => s + r.ceiling, 0) / rs.length;
		const line = [
			lang.padEnd(6) + String(rs.length).padStart(5),
			f3(mean('pl', 'p')).padStart(16), f3(mean('pl', 'r')).padStart(6), f3(mean('pl', 'f1')).padStart(6),
			f3(mean('rd', 'p')).padStart(15), f3(mean('rd', 'r')).padStart(6), f3(mean('rd', 'f1')).padStart(6),
			sign(mean('pl', 'f1') - mean('rd', 'f1')).padStart(10),
			f3(ceiling).padStart(10),
			sign(ceiling - mean('rd', 'f1')).padStart(7),
		];
		console.log(line.join(''));
	}
	for (const [script, title] of [
		[true, 'rendered by script (the reference has text, the HTML almost none)'],
		[false, 'page text is not the reference\'s (under 30% of its words: another language or version)'],
	]) {
		const list = scriptOnly.filter((s) => s.script === script);
		if (list.length === 0) continue;
		console.log(`\n${title}, left out of both:`);
		for (const s of list) {
			console.log(`  ${s.name} (reference ${s.lang}): reference ${s.refWords} words, page text ${s.visibleWords} words, ${(100 * s.seen).toFixed(0)}% of the reference's`);
		}
	}
}

main();
