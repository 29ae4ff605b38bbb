// Asks before leaving a page with typed input that is not saved yet.
// Forms marked data-unsaved take part (inputs may be associated with them by form="...").
// A form counts as unsaved when
//  - it carries data-dirty: input the server sent back unsaved (a 400/409 answer), or an
//    autosave that was refused; or
//  - it was edited (data-edited) and a control differs from what the page loaded with.
// A submit clears both; scripts that save by themselves (autosave) clear data-edited when
// their save succeeded.
(function () {
  'use strict';

  function trackedForm(element) {
    var form = element && element.form;
    return (form && form.hasAttribute('data-unsaved')) ? form : null;
  }

  function markEdited(event) {
    var form = trackedForm(event.target);
    if (form) {
      form.setAttribute('data-edited', 'true');
    }
  }

  function changed(control) {
    if (control.type === 'hidden' || control.type === 'submit' || control.type === 'button') {
      return false;
    }
    if (control.tagName === 'SELECT') {
      return Array.prototype.some.call(control.options, function (o) {
        return o.selected !== o.defaultSelected;
      });
    }
    if (control.type === 'checkbox' || control.type === 'radio') {
      return control.checked !== control.defaultChecked;
    }
    return control.value !== control.defaultValue;
  }

  function unsaved(form) {
    if (form.hasAttribute('data-dirty')) {
      return true;
    }
    return form.hasAttribute('data-edited') && Array.prototype.some.call(form.elements, changed);
  }

  document.addEventListener('input', markEdited, true);
  document.addEventListener('change', markEdited, true);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute('data-unsaved') && !event.defaultPrevented) {
      // a full-page submit leaves the page on purpose; an htmx submit redraws the form
      form.removeAttribute('data-dirty');
      form.removeAttribute('data-edited');
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (Array.prototype.some.call(document.querySelectorAll('form[data-unsaved]'), unsaved)) {
      event.preventDefault();
      // older browsers show the prompt only when returnValue is set
      event.returnValue = '';
    }
  });
})();
