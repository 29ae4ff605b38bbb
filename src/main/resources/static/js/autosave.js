// Autosave of a form marked data-autosave="url" (the report draft): a second after the
// last keystroke the form is posted there; the answer (JSON) carries the new version,
// which goes into the form's hidden "version" so the next save is not stale. A 409 stops
// autosaving and says so: the typed text stays on the page (and unsaved.js keeps asking
// before leaving). A submit waits for a save in flight, so it sends the newest version.
(function () {
  'use strict';

  var form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }
  var url = form.getAttribute('data-autosave');
  var failed = form.getAttribute('data-autosave-failed') || 'Not saved.';
  var status = document.getElementById('autosave-status');
  var conflict = document.getElementById('autosave-conflict');
  var DELAY = 1000;
  var timer = null;
  var sending = false;
  var again = false;
  var stopped = false;
  var edits = 0;
  var waitingSubmitter;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function schedule() {
    if (stopped) {
      return;
    }
    edits++;
    window.clearTimeout(timer);
    timer = window.setTimeout(send, DELAY);
  }

  function done() {
    sending = false;
    if (waitingSubmitter !== undefined) {
      var submitter = waitingSubmitter;
      waitingSubmitter = undefined;
      form.requestSubmit(submitter || undefined);
    } else if (again) {
      again = false;
      send();
    }
  }

  function send() {
    if (stopped) {
      return;
    }
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    var sentAt = edits;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'error',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 200 && data.version !== undefined) {
          form.elements.version.value = data.version;
          say(data.message);
          if (edits === sentAt) {
            form.removeAttribute('data-edited');
          }
        } else if (response.status === 409) {
          stopped = true;
          window.clearTimeout(timer);
          form.setAttribute('data-dirty', 'true');
          say('');
          if (conflict) {
            conflict.textContent = data.message || failed;
            conflict.hidden = false;
          }
        } else {
          say(data.message || failed);
        }
      });
    }).catch(function () {
      say(failed);
    }).then(done, done);
  }

  form.addEventListener('input', schedule);

  form.addEventListener('submit', function (event) {
    window.clearTimeout(timer);
    if (sending) {
      // let the save in flight finish first: it changes the version this submit must carry
      event.preventDefault();
      event.stopImmediatePropagation();
      waitingSubmitter = event.submitter || null;
    }
  });
})();
