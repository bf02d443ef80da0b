// Sends the CSRF token with every htmx request (no inline scripts: CSP forbids them).
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});

// Report forms: Enter moves to the next field instead of submitting half a form.
document.addEventListener('keydown', function (event) {
	var field = event.target;
	if (event.key !== 'Enter' || field.tagName !== 'INPUT' || field.type === 'submit' || field.type === 'file') {
		return;
	}
	var form = field.form;
	if (!form || !form.hasAttribute('data-enter-moves')) {
		return;
	}
	event.preventDefault();
	var fields = Array.prototype.filter.call(form.elements, function (el) {
		return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') && el.type !== 'hidden' && !el.disabled && !el.readOnly;
	});
	var next = fields[fields.indexOf(field) + 1];
	if (next) {
		next.focus();
	}
});

// A form is sent once: a double click on 报送 does not submit twice. The clicked button's
// name and value still go with the form.
document.addEventListener('submit', function (event) {
	var form = event.target;
	if (form.dataset.sent === 'true') {
		event.preventDefault();
		return;
	}
	form.dataset.sent = 'true';
	var submitter = event.submitter;
	if (submitter && submitter.name) {
		var hidden = document.createElement('input');
		hidden.type = 'hidden';
		hidden.name = submitter.name;
		hidden.value = submitter.value;
		form.appendChild(hidden);
	}
	Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (button) {
		button.disabled = true;
	});
});
