// 调度总览: the progress chart (data from the canvas's data-* attributes) and sortable
// tables. No inline scripts: the Content-Security-Policy forbids them.
(function () {
	function numbers(text) {
		return text ? text.split(',').map(Number) : [];
	}

	function drawChart() {
		var canvas = document.getElementById('progress-chart');
		if (!canvas || typeof Chart === 'undefined') {
			return;
		}
		var data = canvas.dataset;
		new Chart(canvas, {
			type: 'line',
			data: {
				labels: data.labels ? data.labels.split('|') : [],
				datasets: [
					{ label: data.labelOverall, data: numbers(data.overall), borderColor: '#a61b1b', backgroundColor: '#a61b1b', tension: 0.2 },
					{ label: data.labelExpected, data: numbers(data.expected), borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [6, 4], pointStyle: 'rectRot' }
				]
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } }
			}
		});
	}

	var PALETTE = ['#a61b1b', '#1f5fa8', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f'];

	// A project's indicators by month against the expected line (dashboard/breakdown.html).
	function drawProjectCharts(root) {
		if (typeof Chart === 'undefined') {
			return;
		}
		root.querySelectorAll('canvas.project-chart').forEach(function (canvas) {
			if (canvas.dataset.drawn) {
				return;
			}
			canvas.dataset.drawn = 'true';
			var data = canvas.dataset;
			var datasets = [];
			canvas.parentNode.querySelectorAll('.chart-series').forEach(function (series, i) {
				var colour = PALETTE[i % PALETTE.length];
				datasets.push({ label: series.dataset.label, data: numbers(series.dataset.values), borderColor: colour, backgroundColor: colour, tension: 0.2 });
			});
			datasets.push({ label: data.labelExpected, data: numbers(data.expected), borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [6, 4], pointStyle: 'rectRot' });
			new Chart(canvas, {
				type: 'line',
				data: { labels: data.labels ? data.labels.split('|') : [], datasets: datasets },
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					scales: { y: { min: 0, suggestedMax: 100, ticks: { callback: function (v) { return v + '%'; } } } }
				}
			});
		});
	}

	// Click a header button to sort by that column (again to reverse); numbers sort by the
	// cell's data-value, blanks last.
	function sortable(table) {
		table.querySelectorAll('button.sort').forEach(function (button) {
			button.addEventListener('click', function () {
				var th = button.closest('th');
				var index = Array.prototype.indexOf.call(th.parentNode.children, th);
				var ascending = th.getAttribute('aria-sort') !== 'ascending';
				table.querySelectorAll('th[aria-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
				th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
				var body = table.tBodies[0];
				var rows = Array.prototype.slice.call(body.rows);
				var numeric = button.dataset.sort === 'number';
				rows.sort(function (a, b) {
					var x = key(a.cells[index], numeric);
					var y = key(b.cells[index], numeric);
					if (x === null || y === null) {
						return (x === null) - (y === null);
					}
					var order = numeric ? x - y : String(x).localeCompare(String(y), 'zh');
					return ascending ? order : -order;
				});
				rows.forEach(function (row) { body.appendChild(row); });
			});
		});
	}

	function key(cell, numeric) {
		var value = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
		if (value === '') {
			return null;
		}
		return numeric ? Number(value) : value;
	}

	document.addEventListener('DOMContentLoaded', function () {
		drawChart();
		drawProjectCharts(document);
		document.querySelectorAll('table.sortable').forEach(sortable);
		// A breakdown loaded by htmx brings its own chart.
		document.body.addEventListener('htmx:afterSettle', function (event) {
			drawProjectCharts(event.target);
		});
	});
})();
