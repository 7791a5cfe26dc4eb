/*
  Autosave of the post editor (posts/form.html). Every data-autosave-interval milliseconds (30 s) it sends the
  editor's title, excerpt, content, tags and categories to data-autosave-url when they changed since the last
  autosave, and otherwise only that the editor is still open; the answer (JSON) says whether the text was kept and
  who else has the post open. The post itself is never changed by it: an autosave is the person's own copy, offered
  back by the editor ("Restore autosave") when it is newer than the saved post. The version the editor loaded goes
  with every autosave, so a tab left open on an older version cannot replace newer text. The editor works without
  this script. Its own words are the form's data-text-* attributes, in the site's language; the server's answers
  bring theirs.
*/
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave-url]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute('data-autosave-url');
  var interval = Math.max(1000, Number(form.getAttribute('data-autosave-interval')) || 30000);
  var statusLine = document.getElementById('autosave-status');
  var othersLine = document.getElementById('editing-others');
  var submitting = false;
  var stopped = false;

  function value(name) {
    var field = form.elements.namedItem(name);
    return field && typeof field.value === 'string' ? field.value : '';
  }

  function categories() {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="categoryIds"]'), function (box) {
      return box.checked;
    }).map(function (box) {
      return box.value;
    });
  }

  function fields() {
    return JSON.stringify([value('title'), value('excerpt'), value('content'), value('tags'), categories()]);
  }

  function body(withFields) {
    var params = new URLSearchParams();
    params.set('_csrf', value('_csrf'));
    params.set('version', value('version'));
    if (withFields) {
      ['title', 'excerpt', 'content', 'tags'].forEach(function (name) {
        params.set(name, value(name));
      });
      categories().forEach(function (id) {
        params.append('categoryIds', id);
      });
    }
    return params;
  }

  function say(line, text) {
    if (line) {
      line.textContent = text;
      line.hidden = text === '';
    }
  }

  var lastSent = fields();

  function tick() {
    if (stopped || submitting) {
      return;
    }
    var now = fields();
    var changed = now !== lastSent;
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'},
      body: body(changed)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') < 0) {
        // Signed out (the login page) or refused (an error page): stop, and say so.
        stopped = true;
        say(statusLine, form.getAttribute('data-text-stopped') || '');
        return null;
      }
      return response.json().then(function (answer) {
        if (answer.saved) {
          lastSent = now;
        }
        if (response.status === 409) {
          stopped = true;
        }
        if (answer.message) {
          say(statusLine, answer.message);
        }
        say(othersLine, answer.others || '');
        return null;
      });
    }).catch(function () {
      say(statusLine, form.getAttribute('data-text-unreachable') || '');
    });
  }

  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.setInterval(tick, interval);
})();
