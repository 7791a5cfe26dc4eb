// The post editor's images (templates/media/editor.html): "Upload image" sends the upload form in place and
// inserts ![alt](address) at the cursor of the content field; an image dropped or pasted into that field is
// uploaded the same way, its alt text asked for; the featured image picker's buttons fill that field.
// Without this script the same forms work as plain HTML. Its words are the form's data-text-* attributes, in the
// site's language ({0} stands for a value).
(function () {
  'use strict';
  var form = document.getElementById('editor-upload');
  var content = document.getElementById('content');
  if (!form || !content || !window.fetch || !window.FormData) {
    return;
  }
  var fileInput = document.getElementById('editor-upload-image');
  var altInput = document.getElementById('editor-upload-alt');
  var status = document.getElementById('editor-upload-status');
  var maxBytes = Number(form.getAttribute('data-max-bytes') || 0);

  function text(name, value) {
    return (form.getAttribute('data-text-' + name) || '').replace('{0}', value === undefined ? '' : value);
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function insertAtCursor(markdown) {
    var start = content.selectionStart;
    var end = content.selectionEnd;
    var before = content.value.slice(0, start);
    var after = content.value.slice(end);
    var block = (before && !/\n$/.test(before) ? '\n\n' : '') + markdown + '\n';
    content.value = before + block + after;
    var caret = before.length + block.length;
    content.focus();
    content.setSelectionRange(caret, caret);
    content.dispatchEvent(new Event('input', {bubbles: true}));
  }

  function upload(file, altText) {
    if (maxBytes && file.size > maxBytes) {
      say(text('too-large'));
      return Promise.resolve(null);
    }
    var data = new FormData();
    data.append('image', file, file.name || 'pasted-image');
    data.append('altText', altText);
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      data.append('_csrf', csrf.value);
    }
    say(text('uploading', file.name || text('the-image')));
    return fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (answer) {
          if (response.ok && answer && answer.markdown) {
            insertAtCursor(answer.markdown);
            say(text('inserted'));
            return answer;
          }
          say(answer && answer.message ? answer.message
            : response.status === 429 ? text('too-many')
            : text('failed', response.status));
          return null;
        });
      })
      .catch(function () {
        say(text('unreachable'));
        return null;
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = fileInput && fileInput.files[0];
    var altText = altInput ? altInput.value.trim() : '';
    if (!file) {
      say(text('choose-file'));
      return;
    }
    if (!altText) {
      say(text('write-alt'));
      altInput.focus();
      return;
    }
    upload(file, altText).then(function (answer) {
      if (answer) {
        fileInput.value = '';
        altInput.value = '';
      }
    });
  });

  function imageIn(files) {
    for (var i = 0; files && i < files.length; i++) {
      if (files[i] && /^image\//.test(files[i].type)) {
        return files[i];
      }
    }
    return null;
  }

  function askAndUpload(file) {
    var altText = (altInput && altInput.value.trim()) || (window.prompt(text('ask-alt')) || '').trim();
    if (!altText) {
      say(text('no-alt'));
      return;
    }
    upload(file, altText).then(function (answer) {
      if (answer && altInput) {
        altInput.value = '';
      }
    });
  }

  content.addEventListener('paste', function (event) {
    var items = event.clipboardData ? event.clipboardData.items : [];
    var files = [];
    for (var i = 0; i < items.length; i++) {
      if (items[i].kind === 'file') {
        files.push(items[i].getAsFile());
      }
    }
    var file = imageIn(files);
    if (file) {
      event.preventDefault();
      askAndUpload(file);
    }
  });

  content.addEventListener('dragover', function (event) {
    if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
      event.preventDefault();
    }
  });

  content.addEventListener('drop', function (event) {
    var file = event.dataTransfer ? imageIn(event.dataTransfer.files) : null;
    if (file) {
      event.preventDefault();
      askAndUpload(file);
    }
  });

  var featured = document.getElementById('featuredImageUrl');
  Array.prototype.forEach.call(document.querySelectorAll('[data-featured-url]'), function (button) {
    button.addEventListener('click', function () {
      if (featured) {
        featured.value = button.getAttribute('data-featured-url');
        featured.focus();
        say(text('featured-chosen'));
      }
    });
  });
})();
