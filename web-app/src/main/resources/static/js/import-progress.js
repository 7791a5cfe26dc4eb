// While an import runs, the import page reloads itself every two seconds to show its progress.
(function () {
  var run = document.getElementById('import-run');
  if (run && run.getAttribute('data-running') === 'true') {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
