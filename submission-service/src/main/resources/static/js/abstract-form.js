// The abstract form: an authors editor (add, remove, reorder, presenter), a live word
// count, saving through the JSON API (with the version, so concurrent edits are caught),
// and PDF upload with the checks' verdict shown before the file is stored.
(function () {
	'use strict';
	const form = document.getElementById('abstract-form');
	if (!form) {
		return;
	}
	const msg = form.dataset;
	const errorBox = document.getElementById('form-error');
	const savedBox = document.getElementById('form-saved');
	const rows = document.getElementById('author-rows');
	const institutionOptions = document.getElementById('institution-options');
	let abstractId = form.dataset.id || null;
	let version = null;

	function csrfToken() {
		const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? decodeURIComponent(match[1]) : '';
	}

	async function api(method, url, body, isForm) {
		const headers = { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() };
		if (body !== undefined && !isForm) {
			headers['Content-Type'] = 'application/json';
		}
		const response = await fetch(url, {
			method: method, headers: headers, credentials: 'same-origin',
			body: body === undefined ? undefined : (isForm ? body : JSON.stringify(body))
		});
		let data = null;
		try {
			data = await response.json();
		} catch (e) {
			data = null;
		}
		return { ok: response.ok, status: response.status, data: data };
	}

	function showError(problem) {
		savedBox.hidden = true;
		errorBox.textContent = '';
		const detail = document.createElement('p');
		detail.textContent = (problem && problem.detail) ? problem.detail : msg.msgError;
		errorBox.appendChild(detail);
		const list = problem && (problem.errors || []);
		if (list && list.length) {
			const ul = document.createElement('ul');
			list.forEach(function (e) {
				const li = document.createElement('li');
				li.textContent = (e.field ? e.field + ': ' : '') + (e.message || '');
				ul.appendChild(li);
			});
			errorBox.appendChild(ul);
		}
		errorBox.hidden = false;
		errorBox.scrollIntoView({ block: 'nearest' });
	}

	function cell(child) {
		const td = document.createElement('td');
		td.appendChild(child);
		return td;
	}

	function input(cls, value, label, type) {
		const el = document.createElement('input');
		el.className = cls;
		el.type = type || 'text';
		el.value = value || '';
		el.setAttribute('aria-label', label);
		return el;
	}

	function button(cls, text, onClick) {
		const el = document.createElement('button');
		el.type = 'button';
		el.className = cls + ' small secondary';
		el.textContent = text;
		el.addEventListener('click', onClick);
		return el;
	}

	function addAuthor(author) {
		const tr = document.createElement('tr');
		tr.className = 'author-row';
		const number = document.createElement('span');
		number.className = 'author-number';
		tr.appendChild(cell(number));
		tr.appendChild(cell(input('author-name', author.name, msg.msgName)));
		tr.appendChild(cell(input('author-affiliation', author.affiliation, msg.msgAffiliation)));
		const select = document.createElement('select');
		select.className = 'author-institution';
		select.setAttribute('aria-label', msg.msgInstitution);
		select.appendChild(institutionOptions.content.cloneNode(true));
		if (author.institution) {
			select.value = author.institution;
		}
		tr.appendChild(cell(select));
		tr.appendChild(cell(input('author-email', author.email, msg.msgEmail, 'email')));
		const presenting = input('author-presenting', 'true', msg.msgPresenting, 'radio');
		presenting.name = 'presenting';
		presenting.checked = !!author.presenting;
		tr.appendChild(cell(presenting));
		const tools = document.createElement('td');
		tools.appendChild(button('author-up', '↑', function () {
			if (tr.previousElementSibling) {
				rows.insertBefore(tr, tr.previousElementSibling);
				renumber();
			}
		}));
		tools.appendChild(button('author-down', '↓', function () {
			if (tr.nextElementSibling) {
				rows.insertBefore(tr.nextElementSibling, tr);
				renumber();
			}
		}));
		tools.appendChild(button('author-remove', msg.msgRemove, function () {
			tr.remove();
			renumber();
		}));
		tools.querySelector('.author-up').setAttribute('aria-label', msg.msgUp);
		tools.querySelector('.author-down').setAttribute('aria-label', msg.msgDown);
		tr.appendChild(tools);
		rows.appendChild(tr);
		renumber();
	}

	function renumber() {
		Array.from(rows.children).forEach(function (tr, i) {
			tr.querySelector('.author-number').textContent = String(i + 1);
		});
	}

	function countWords(text) {
		if (!text || !text.trim()) {
			return 0;
		}
		if (window.Intl && Intl.Segmenter) {
			let n = 0;
			for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
				if (s.isWordLike) {
					n++;
				}
			}
			return n;
		}
		return text.trim().split(/\s+/).length;
	}

	const text = document.getElementById('text');
	const wordCount = document.getElementById('word-count');
	function updateWords() {
		const n = countWords(text.value);
		const max = parseInt(msg.maxWords, 10);
		wordCount.textContent = msg.msgWords.replace('{0}', n).replace('{1}', max);
		wordCount.classList.toggle('over', n > max);
	}
	text.addEventListener('input', updateWords);

	function fill(a) {
		version = a.version;
		showConflicts(a.declaredConflicts || []);
		document.getElementById('title').value = a.title || '';
		rows.textContent = '';
		(a.authors || []).forEach(addAuthor);
		document.getElementById('primaryTopic').value = a.primaryTopic || '';
		form.querySelectorAll('input[name=secondaryTopics]').forEach(function (box) {
			box.checked = (a.secondaryTopics || []).indexOf(box.value) >= 0;
		});
		document.getElementById('keywords').value = (a.keywords || []).join(', ');
		const p = document.getElementById('presentation-' + (a.presentation || 'EITHER'));
		if (p) {
			p.checked = true;
		}
		document.getElementById('studentPresenter').checked = !!a.studentPresenter;
		text.value = a.text || '';
		updateWords();
	}

	function collect() {
		const authors = Array.from(rows.children).map(function (tr) {
			return {
				name: tr.querySelector('.author-name').value,
				affiliation: tr.querySelector('.author-affiliation').value,
				institution: tr.querySelector('.author-institution').value,
				email: tr.querySelector('.author-email').value,
				presenting: tr.querySelector('.author-presenting').checked
			};
		});
		const checked = form.querySelector('input[name=presentation]:checked');
		return {
			title: document.getElementById('title').value,
			authors: authors,
			primaryTopic: document.getElementById('primaryTopic').value,
			secondaryTopics: Array.from(form.querySelectorAll('input[name=secondaryTopics]:checked')).map(function (b) {
				return b.value;
			}),
			keywords: document.getElementById('keywords').value.split(/[,、，]/).map(function (k) {
				return k.trim();
			}).filter(function (k) {
				return k.length > 0;
			}),
			presentation: checked ? checked.value : 'EITHER',
			studentPresenter: document.getElementById('studentPresenter').checked,
			text: text.value,
			version: version
		};
	}

	form.addEventListener('submit', async function (event) {
		event.preventDefault();
		errorBox.hidden = true;
		const body = collect();
		const result = abstractId
			? await api('PUT', '/api/abstracts/' + abstractId, body)
			: await api('POST', '/api/abstracts', body);
		if (!result.ok) {
			showError(result.data);
			return;
		}
		if (!abstractId) {
			window.location.href = '/abstracts/' + result.data.id + '/edit?created';
			return;
		}
		fill(result.data);
		savedBox.hidden = false;
	});

	document.getElementById('add-author').addEventListener('click', function () {
		addAuthor({ presenting: rows.children.length === 0 });
	});

	// PDF: check on choosing a file, store on request
	const upload = document.getElementById('pdf-upload');
	if (upload) {
		const file = document.getElementById('pdf-file');
		const result = document.getElementById('check-result');
		const uploadButton = document.getElementById('upload-pdf');
		const um = upload.dataset;

		function report(data, accepted) {
			result.textContent = '';
			const verdict = document.createElement('p');
			verdict.id = accepted ? 'check-accepted' : 'check-rejected';
			verdict.className = accepted ? 'notice' : 'error';
			verdict.textContent = accepted ? um.msgAccepted.replace('{0}', data.pages).replace('{1}', data.words)
				: (data && data.detail ? data.detail : um.msgRejected);
			result.appendChild(verdict);
			const checks = (data && (data.checks || [])) || [];
			if (checks.length) {
				const ul = document.createElement('ul');
				ul.id = 'check-list';
				checks.forEach(function (c) {
					const li = document.createElement('li');
					li.dataset.code = c.code;
					li.className = c.severity === 'ERROR' ? 'check-error' : 'check-warning';
					const code = document.createElement('code');
					code.textContent = c.code;
					li.appendChild(code);
					li.appendChild(document.createTextNode(' ' + c.message));
					ul.appendChild(li);
				});
				result.appendChild(ul);
			}
		}

		file.addEventListener('change', async function () {
			uploadButton.disabled = true;
			if (!file.files.length) {
				result.textContent = '';
				return;
			}
			result.textContent = um.msgChecking;
			const data = new FormData();
			data.append('file', file.files[0]);
			const checked = await api('POST', '/api/pdf-check', data, true);
			if (checked.status === 503) {
				result.textContent = um.msgBusy;
				uploadButton.disabled = false;
				return;
			}
			report(checked.data, checked.ok);
			uploadButton.disabled = !checked.ok;
		});

		uploadButton.addEventListener('click', async function () {
			if (!file.files.length) {
				return;
			}
			uploadButton.disabled = true;
			const data = new FormData();
			data.append('file', file.files[0]);
			const stored = await api('POST', '/api/abstracts/' + abstractId + '/pdf', data, true);
			if (!stored.ok) {
				report(stored.data, false);
				return;
			}
			version = stored.data.submission.version;
			result.textContent = '';
			const done = document.createElement('p');
			done.id = 'upload-done';
			done.className = 'notice';
			done.textContent = (stored.data.newVersion ? um.msgUploaded : um.msgSame).replace('{0}', stored.data.version);
			result.appendChild(done);
			file.value = '';
		});
	}

	// conflicts with reviewers: each add or remove saves the whole list at once
	const conflictsSection = document.getElementById('declared-conflicts');
	let declared = [];
	function showConflicts(list) {
		declared = list;
		if (!conflictsSection) {
			return;
		}
		const cm = conflictsSection.dataset;
		const ul = document.getElementById('conflict-list');
		ul.textContent = '';
		document.getElementById('conflicts-none').hidden = list.length > 0;
		list.forEach(function (c) {
			const li = document.createElement('li');
			li.className = 'declared-conflict';
			li.dataset.reviewer = c.reviewer;
			const who = document.createElement('span');
			who.textContent = (c.name || cm.msgUnknown) + (c.institution ? ' (' + c.institution + ')' : '')
				+ (c.reason ? ' — ' + c.reason : '');
			li.appendChild(who);
			li.appendChild(document.createTextNode(' '));
			const remove = button('remove-conflict', cm.msgRemove, function () {
				saveConflicts(declared.filter(function (d) {
					return d.reviewer !== c.reviewer;
				}));
			});
			remove.setAttribute('aria-label', cm.msgRemove + ': ' + (c.name || cm.msgUnknown));
			li.appendChild(remove);
			ul.appendChild(li);
		});
	}

	async function saveConflicts(list) {
		errorBox.hidden = true;
		const status = document.getElementById('conflicts-status');
		status.hidden = true;
		const body = {
			reviewers: list.map(function (c) {
				return { reviewer: c.reviewer, reason: c.reason || null };
			}),
			version: version
		};
		const result = await api('PUT', '/api/abstracts/' + abstractId + '/conflicts', body);
		if (!result.ok) {
			showError(result.data);
			return false;
		}
		version = result.data.version;
		showConflicts(result.data.declaredConflicts || []);
		status.textContent = conflictsSection.dataset.msgSaved;
		status.hidden = false;
		return true;
	}

	const addConflict = document.getElementById('add-conflict');
	if (addConflict) {
		addConflict.addEventListener('click', function () {
			const select = document.getElementById('conflict-reviewer');
			const reason = document.getElementById('conflict-reason');
			if (!select.value) {
				showError({ detail: conflictsSection.dataset.msgChoose });
				select.focus();
				return;
			}
			const others = declared.filter(function (d) {
				return d.reviewer !== select.value;
			});
			others.push({ reviewer: select.value, reason: reason.value.trim() });
			saveConflicts(others).then(function (saved) {
				if (saved) {
					select.value = '';
					reason.value = '';
				}
			});
		});
	}

	// start: load the abstract, or begin with the person as the first author
	(async function () {
		updateWords();
		if (abstractId) {
			const loaded = await api('GET', '/api/abstracts/' + abstractId);
			if (loaded.ok) {
				fill(loaded.data);
			} else {
				showError(loaded.data);
			}
			return;
		}
		const me = await api('GET', '/api/me');
		const person = me.ok ? me.data : {};
		addAuthor({ name: person.name || '', email: person.email || '', institution: person.institution || '', presenting: true });
	})();
})();
