// The weekly update grid: every milestone row is its own htmx form (see
// milestones/fragments :: milestone-row). This script adds the keyboard and "nothing
// lost" behaviour:
//  - a changed row saves itself when focus leaves it, or on Enter, if it is valid
//    (a moved forecast needs a reason: the row says so and waits);
//  - Escape puts the row back as it was loaded;
//  - focus stays where it is: htmx swaps the row and refocuses the element of the same id;
//  - links marked data-save-first save changed rows before they navigate.
(function () {
  'use strict';

  var grid = document.querySelector('[data-update-grid]');
  if (!grid) {
    return;
  }
  var reasonNeeded = grid.getAttribute('data-reason-needed') || 'A moved forecast needs a reason.';

  function rowOf(element) {
    var row = element && element.closest ? element.closest('tr[id^="milestone-"]') : null;
    return (row && grid.contains(row)) ? row : null;
  }

  function formOf(row) {
    return row.querySelector('form');
  }

  function controls(row) {
    return Array.prototype.filter.call(formOf(row).elements, function (c) {
      return c.type !== 'hidden' && c.type !== 'submit' && c.type !== 'button';
    });
  }

  function changed(control) {
    if (control.tagName === 'SELECT') {
      return Array.prototype.some.call(control.options, function (o) {
        return o.selected !== o.defaultSelected;
      });
    }
    return control.value !== control.defaultValue;
  }

  function isDirty(row) {
    var form = formOf(row);
    return !!form && (form.hasAttribute('data-dirty') || controls(row).some(changed));
  }

  function field(row, name) {
    return controls(row).filter(function (c) { return c.name === name; })[0];
  }

  function hint(row, text) {
    var reason = field(row, 'reason');
    if (!reason) {
      return;
    }
    var id = reason.id + '-hint';
    var existing = document.getElementById(id);
    if (!text) {
      if (existing) {
        existing.remove();
        reason.removeAttribute('aria-describedby');
        reason.classList.remove('is-invalid');
      }
      return;
    }
    if (!existing) {
      existing = document.createElement('div');
      existing.id = id;
      existing.className = 'invalid-feedback d-block';
      existing.setAttribute('role', 'alert');
      reason.parentNode.appendChild(existing);
    }
    existing.textContent = text;
    reason.classList.add('is-invalid');
    reason.setAttribute('aria-describedby', id);
  }

  // true when the row may be sent; otherwise it shows why not
  function valid(row) {
    var all = controls(row);
    for (var i = 0; i < all.length; i++) {
      if (!all[i].checkValidity()) {
        all[i].reportValidity();
        return false;
      }
    }
    var forecast = field(row, 'forecastDate');
    var reason = field(row, 'reason');
    if (forecast && reason && changed(forecast) && reason.value.trim() === '') {
      hint(row, reasonNeeded);
      return false;
    }
    hint(row, null);
    return true;
  }

  function save(row) {
    // a row being swapped out has lost its controls to the new row's form of the same id
    if (!row.isConnected || controls(row).length === 0) {
      return false;
    }
    if (!isDirty(row) || row.hasAttribute('data-saving') || !valid(row)) {
      return false;
    }
    row.setAttribute('data-saving', 'true');
    formOf(row).requestSubmit();
    return true;
  }

  function undo(row) {
    controls(row).forEach(function (c) {
      if (c.tagName === 'SELECT') {
        Array.prototype.forEach.call(c.options, function (o) { o.selected = o.defaultSelected; });
      } else {
        c.value = c.defaultValue;
      }
    });
    hint(row, null);
    formOf(row).removeAttribute('data-dirty');
    formOf(row).removeAttribute('data-edited');
  }

  grid.addEventListener('focusout', function (event) {
    var row = rowOf(event.target);
    if (row && rowOf(event.relatedTarget) !== row) {
      save(row);
    }
  });

  grid.addEventListener('keydown', function (event) {
    var row = rowOf(event.target);
    if (!row) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      undo(row);
    } else if (event.key === 'Enter' && event.target.type !== 'submit') {
      event.preventDefault();
      save(row);
    }
  });

  // a row that saved (200) is clean; one answered with 400/409 keeps the input and stays dirty
  document.body.addEventListener('htmx:afterSettle', function () {
    pending();
  });

  function dirtyRows() {
    return Array.prototype.filter.call(grid.querySelectorAll('tr[id^="milestone-"]'), function (row) {
      return formOf(row) && (isDirty(row) || row.classList.contains('table-danger')
        || row.classList.contains('table-warning'));
    });
  }

  function inFlight() {
    return grid.querySelector('tr[data-saving], form.htmx-request') !== null;
  }

  var waitingLink = null;

  function pending() {
    if (!waitingLink || inFlight()) {
      return;
    }
    var link = waitingLink;
    waitingLink = null;
    var left = dirtyRows();
    if (left.length === 0) {
      window.location.assign(link.href);
      return;
    }
    var message = document.getElementById('pending-message');
    if (message) {
      message.hidden = false;
    }
    var first = controls(left[0]).filter(changed)[0] || controls(left[0])[0];
    if (first) {
      first.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-save-first]') : null;
    var rows = link ? dirtyRows() : [];
    if (!link || rows.length === 0) {
      return;
    }
    event.preventDefault();
    waitingLink = link;
    rows.forEach(save);
    pending();
  });

  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var row = rowOf(event.detail.elt);
    if (row) {
      row.removeAttribute('data-saving');
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (event) {
    var row = rowOf(event.detail.elt);
    if (row) {
      row.removeAttribute('data-saving');
    }
    if (!event.detail.successful && event.detail.xhr && event.detail.xhr.status >= 500) {
      waitingLink = null;
    }
  });
})();
