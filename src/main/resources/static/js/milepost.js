// Milepost's only script: htmx settings that cannot live in markup under a strict CSP.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (window.htmx) {
      // Settling 'style' makes htmx write style attributes, which the CSP (rightly) refuses.
      htmx.config.attributesToSettle = ['class', 'width', 'height'];
      // Validation (400) and stale-edit (409) answers carry a redrawn fragment with the
      // messages and the user's input: swap them in instead of dropping them.
      htmx.config.responseHandling = [
        { code: '204', swap: false },
        { code: '[23]..', swap: true },
        { code: '(400|409|422)', swap: true, error: false },
        { code: '[45]..', swap: false, error: true }
      ];
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 503) {
      // the database is away for a moment: the row keeps what was typed, to send again
      alert('Milepost is briefly unavailable, so nothing was saved. Your input is still there: try again in a few seconds.');
      return;
    }
    alert('The change could not be saved (HTTP ' + status + '). Reload the page and try again.');
  });

  // Links and buttons that ask before acting: data-confirm="question".
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
})();
