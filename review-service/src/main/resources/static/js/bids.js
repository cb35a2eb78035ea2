// The bid page: each abstract's bid (-2 to +2) and the conflict button save through the
// JSON API, with the CSRF token of the XSRF-TOKEN cookie. A declared conflict removes
// the abstract from the page, as it leaves the list.
(function () {
	'use strict';
	const main = document.getElementById('bids');
	if (!main) {
		return;
	}
	const status = document.getElementById('bids-status');

	function csrfToken() {
		const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? decodeURIComponent(match[1]) : '';
	}

	async function api(method, url, body) {
		const response = await fetch(url, {
			method: method, credentials: 'same-origin', body: JSON.stringify(body),
			headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() }
		});
		if (!response.ok) {
			let detail = main.dataset.failed;
			try {
				detail = (await response.json()).detail || detail;
			} catch (ignored) {
				// not a problem detail; keep the general message
			}
			throw new Error(detail);
		}
		return response.json();
	}

	function say(text, isError) {
		status.textContent = text;
		status.className = isError ? 'error' : 'notice';
	}

	document.querySelectorAll('article.bid').forEach(function (article) {
		const form = article.querySelector('form.bid-form');
		const number = article.dataset.number;
		form.addEventListener('submit', async function (event) {
			event.preventDefault();
			const chosen = form.querySelector('input[type=radio]:checked');
			if (!chosen) {
				say(main.dataset.failed, true);
				return;
			}
			try {
				await api('PUT', '/api/bids/' + encodeURIComponent(article.dataset.id), { level: Number(chosen.value) });
				say(number + ': ' + main.dataset.saved, false);
			} catch (error) {
				say(error.message, true);
			}
		});
		article.querySelector('button.bid-conflict').addEventListener('click', async function () {
			const note = article.querySelector('input.conflict-note').value;
			try {
				await api('POST', '/api/conflicts', { 'abstract': article.dataset.id, reason: note });
				article.remove();
				say(number + ': ' + main.dataset.declared, false);
			} catch (error) {
				say(error.message, true);
			}
		});
	});
})();
