// n8n's editor in a real browser: Debian's chromium driven by puppeteer-core (scripts/chromium.sh installs it;
// nothing is downloaded). Selectors are n8n's own data-test-id attributes, the ones n8n's Playwright pages use.
// One browser and one signed-in page serve a whole test file; the page records what a person would notice
// going wrong (console errors, uncaught exceptions, error toasts) for the test to assert on.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import puppeteer from 'puppeteer-core';

import { installConfig } from './install.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Console errors n8n's editor prints on its own, whatever the installed nodes do. Each is ignored only in the
 * shape described, with the reason.
 */
export const KNOWN_CONSOLE_NOISE = [
	{
		// The sign-in screen asks whether a session exists; without one n8n answers 401 and the browser logs it.
		test: (msg) => /status of 401/.test(msg.text) && /\/rest\/login$/.test(msg.url ?? ''),
		reason: 'GET /rest/login before signing in answers 401 (no session yet)',
	},
	{
		// The node creator shows a community package's npm page details; there is no internet in CI, and until the
		// package is published the registry answers 404.
		test: (msg) => /Failed to load resource/.test(msg.text) && /^https:\/\/registry\.npmjs\.org\//.test(msg.url ?? ''),
		reason: "the node creator's look-up of the package on registry.npmjs.org (offline in CI, unpublished package)",
	},
	{
		test: (msg) =>
			/dynamic banners/.test(msg.text) ||
			(/Failed to load resource/.test(msg.text) && /^https:\/\/api\.n8n\.io\//.test(msg.url ?? '')),
		reason:
			"n8n 1.x fetches its announcement banners from api.n8n.io (no internet in CI); the fetch's error and n8n's log of it",
	},
	{
		test: (msg) => /sessions metadata|\/rest\/ai\/sessions\/metadata/.test(`${msg.text} ${msg.url}`),
		reason:
			"n8n 1.x's AI assistant asks for its sessions; without an n8n licence the server answers 403 and the editor logs it",
	},
	{
		test: (msg) =>
			/status of 404/.test(msg.text) && /\/rest\/workflows\/[^/]+\/executions\/last-successful$/.test(msg.url ?? ''),
		reason:
			'n8n 1.x asks for the last successful execution when a panel opens; a workflow that never ran has none (404)',
	},
	{
		// Not n8n's own: the trigger ships no output schema (its output is Halo's webhook payload), so 1.x's request
		// for one answers 404. Nothing shows in the editor; kept narrow so any other missing schema still fails.
		test: (msg) =>
			/status of 404/.test(msg.text) &&
			/\/schemas\/n8n-nodes-halopsa\.haloPsaTrigger\/[\d.]+\.json$/.test(msg.url ?? ''),
		reason: "n8n 1.x asks for the trigger's output schema (the trigger has no resource/operation and ships none)",
	},
];

export const byTestId = (id) => `[data-test-id="${id}"]`;

/** Chromium from CHROMIUM_PATH (scripts/chromium.sh exports it) or Debian's default place. */
export async function launchBrowser() {
	return await puppeteer.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		defaultViewport: VIEWPORT,
		// --no-sandbox: CI containers run as root, where chromium's sandbox refuses to start.
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=en-US'],
	});
}

/** Where screenshots go: the run's log folder (scripts/e2e.sh keeps its screenshots/ after the run). */
export function screenshotDir() {
	const dir = path.join(installConfig().logDir, 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/**
 * A page on the editor, signed in as the server's owner. Returns helpers over it; `problems()` returns (and
 * clears) the console errors and page errors seen since the last call, known noise left out.
 */
export async function openEditor(browser, server) {
	const page = await browser.newPage();
	let seen = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const entry = { text: msg.text(), url: msg.location()?.url };
		if (!KNOWN_CONSOLE_NOISE.some((noise) => noise.test(entry))) seen.push(`console: ${entry.text} (${entry.url})`);
	});
	page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
	const editor = {
		page,
		problems() {
			const list = seen;
			seen = [];
			return list;
		},
		async goto(urlPath) {
			await page.goto(`${server.baseUrl}${urlPath}`, { waitUntil: 'domcontentloaded' });
		},
		/** Waits for a selector to be visible. */
		async visible(selector, timeout = 30_000) {
			return await page.waitForSelector(selector, { visible: true, timeout });
		},
		async signIn() {
			await editor.goto('/signin');
			await editor.visible(`${byTestId('emailOrLdapLoginId')} input`, 60_000);
			await page.type(`${byTestId('emailOrLdapLoginId')} input`, server.ownerEmail);
			await page.type(`${byTestId('password')} input`, server.ownerPassword);
			await page.click(byTestId('form-submit-button'));
			await page.waitForFunction(() => !location.pathname.startsWith('/signin'), { timeout: 60_000 });
		},
		/** Opens a workflow on the canvas; returns the names of the nodes drawn. */
		async openWorkflow(id, nodeCount) {
			await editor.goto(`/workflow/${id}`);
			await page.waitForFunction(
				(selector, count) => document.querySelectorAll(selector).length >= count,
				{ timeout: 60_000 },
				byTestId('canvas-node'),
				nodeCount,
			);
			return await page.$$eval(byTestId('canvas-node'), (nodes) => nodes.map((n) => n.dataset.nodeName));
		},
		/** Opens a node's panel by double-clicking it on the canvas (as a person does). */
		async openNode(name) {
			const node = await editor.visible(`${byTestId('canvas-node')}[data-node-name="${name}"]`);
			await node.click({ count: 2 });
			await editor.visible(`${byTestId('ndv')} ${byTestId('node-parameters')}`);
			await editor.optionsLoaded();
		},
		/**
		 * Waits until no dropdown of the open panel says "Loading options...": n8n shows it as a select's
		 * placeholder, which is not part of the panel's text, so the inputs are read too.
		 */
		async optionsLoaded() {
			await page.waitForFunction(
				(selector) => {
					const panel = document.querySelector(selector);
					if (!panel) return false;
					const shown = [
						panel.innerText,
						...[...panel.querySelectorAll('input')].map((i) => `${i.placeholder} ${i.value}`),
					];
					return !shown.some((text) => /Loading options/i.test(text));
				},
				{ timeout: 30_000 },
				byTestId('node-parameters'),
			);
		},
		/** The open panel's parameters as text (what a person reads there). */
		async panelText() {
			return await page.$eval(byTestId('node-parameters'), (el) => el.innerText);
		},
		async closeNode() {
			await page.click(
				`${byTestId('ndv')} ${byTestId('ndv-close-button')}, ${byTestId('ndv')} ${byTestId('back-to-canvas')}`,
			);
			await page.waitForSelector(byTestId('ndv'), { hidden: true, timeout: 10_000 });
		},
		/**
		 * Closes the dialog holding `contentSelector` (a credential's, …) with its × button, as n8n's Playwright
		 * pages do (n8n 1.x draws the node panel as a dialog too, so the dialog is picked by its content).
		 */
		async closeDialog(contentSelector) {
			await page.evaluate((content) => {
				const dialog = [...document.querySelectorAll('.el-dialog')].find((el) => el.querySelector(content));
				dialog?.querySelector('.el-dialog__headerbtn, .el-dialog__close')?.click();
			}, contentSelector);
			await page.waitForSelector(contentSelector, { hidden: true, timeout: 10_000 });
		},
		/**
		 * Closes the dropdown or popup on top (Escape; n8n 1.x's locator list only closes on a click elsewhere, so
		 * then a click on the panel's input header) and waits until no dropdown list is on screen.
		 */
		async dismiss() {
			// An open list's popper says aria-hidden="false" (n8n 1.x keeps closed ones displayed).
			const popupClosed = () =>
				!document.querySelector('.el-popper[aria-hidden="false"] .el-select-dropdown') &&
				![...document.querySelectorAll('[data-test-id="resource-locator-dropdown"]')].some(
					(el) => el.offsetParent !== null,
				);
			await page.keyboard.press('Escape');
			const closed = await page
				.waitForFunction(popupClosed, { timeout: 2_000 })
				.then(() => true)
				.catch(() => false);
			if (closed) return;
			const header = await page.$(byTestId('ndv-input-panel'));
			const box = await header?.boundingBox();
			if (box) await page.mouse.click(box.x + 10, box.y + 10);
			await page.waitForFunction(popupClosed, { timeout: 10_000 });
		},
		/** Titles and texts of the toasts on screen (n8n shows errors as toasts). */
		async toasts() {
			return await page.$$eval('.el-notification', (list) =>
				list.filter((el) => el.offsetParent !== null).map((el) => el.textContent.trim()),
			);
		},
		/**
		 * Opens a dropdown parameter of the open panel and returns its options' names once they have loaded
		 * (loadOptions run when the list opens), then closes it.
		 */
		async dropdownOptions(parameterName) {
			const listOpen = () => !!document.querySelector('.el-popper[aria-hidden="false"] .el-select-dropdown');
			// A click while the panel still slides in can miss the field: click again until the list opens.
			for (let attempt = 1; !(await page.evaluate(listOpen)); attempt++) {
				await page.click(`${byTestId(`parameter-input-${parameterName}`)} input`);
				await page.waitForFunction(listOpen, { timeout: 3_000 }).catch((e) => {
					if (attempt >= 3) throw e;
				});
			}
			const handle = await page.waitForFunction(
				() => {
					const list = document.querySelector('.el-popper[aria-hidden="false"] .el-select-dropdown');
					if (!list || /Loading options/i.test(list.textContent)) return false;
					const items = [...list.querySelectorAll('.el-select-dropdown__item')];
					if (!items.length) return list.textContent.trim() ? [`(${list.textContent.trim()})`] : false;
					return items.map((item) => item.textContent.trim());
				},
				{ timeout: 30_000 },
			);
			const options = await handle.jsonValue();
			await editor.dismiss();
			return options;
		},
		/** A screenshot of what is on screen, as `<dir>/<name>.png`. */
		async screenshot(name, dir = screenshotDir()) {
			const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
			await page.screenshot({ path: file });
			return file;
		},
	};
	await editor.signIn();
	return editor;
}
