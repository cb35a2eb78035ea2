// The ranking page: the header checkbox checks or clears every row.
(function () {
	var all = document.getElementById('check-all');
	if (!all) {
		return;
	}
	all.addEventListener('change', function () {
		document.querySelectorAll('#ranking-table input[name=abstract]').forEach(function (box) {
			box.checked = all.checked;
		});
	});
})();
