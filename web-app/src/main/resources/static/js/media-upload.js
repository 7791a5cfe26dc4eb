// The post editor's images (templates/media/editor.html): "Upload image" sends the upload form in place and
// inserts ![alt](address) at the cursor of the content field; an image dropped or pasted into that field is
// uploaded the same way, its alt text asked for; the featured image picker's buttons fill that field.
// Without this script the same forms work as plain HTML.
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
      say('That file is too large: an image can be at most ' + Math.floor(maxBytes / 1048576) + ' MB.');
      return Promise.resolve(null);
    }
    var data = new FormData();
    data.append('image', file, file.name || 'pasted-image');
    data.append('altText', altText);
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      data.append('_csrf', csrf.value);
    }
    say('Uploading ' + (file.name || 'the image') + '…');
    return fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (answer) {
          if (response.ok && answer && answer.markdown) {
            insertAtCursor(answer.markdown);
            say('Uploaded and inserted.');
            return answer;
          }
          say(answer && answer.message ? answer.message
            : response.status === 429 ? 'Too many uploads for now: try again later.'
            : 'The upload failed (' + response.status + '). Nothing was inserted.');
          return null;
        });
      })
      .catch(function () {
        say('The upload failed: the site could not be reached. Nothing was inserted.');
        return null;
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = fileInput && fileInput.files[0];
    var altText = altInput ? altInput.value.trim() : '';
    if (!file) {
      say('Choose an image file first.');
      return;
    }
    if (!altText) {
      say('Write the alt text first: what does the image show?');
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
    var altText = (altInput && altInput.value.trim()) || (window.prompt('Alt text: what does the image show?') || '').trim();
    if (!altText) {
      say('An image needs its alt text: nothing was uploaded.');
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
        say('Featured image chosen: save the post to keep it.');
      }
    });
  });
})();
