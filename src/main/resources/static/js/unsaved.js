// Asks before leaving a page with typed input that is not saved yet.
// Forms marked data-unsaved take part (inputs may be associated with them by form="...").
// A form is dirty from the first input until it is submitted; scripts that save by
// themselves (autosave, the update grid) clear data-dirty when their save succeeded.
(function () {
  'use strict';

  function trackedForm(element) {
    var form = element && element.form;
    return (form && form.hasAttribute('data-unsaved')) ? form : null;
  }

  function markDirty(event) {
    var form = trackedForm(event.target);
    if (form) {
      form.setAttribute('data-dirty', 'true');
    }
  }

  document.addEventListener('input', markDirty, true);
  document.addEventListener('change', markDirty, true);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-unsaved') && !event.defaultPrevented) {
      // a full-page submit leaves the page on purpose; an htmx submit redraws the form
      form.removeAttribute('data-dirty');
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (document.querySelector('form[data-unsaved][data-dirty]')) {
      event.preventDefault();
      // older browsers show the prompt only when returnValue is set
      event.returnValue = '';
    }
  });
})();
