// Sample fixture: copy buttons (button.copy[data-copy] -> text of the element with that id).
(function () {
  'use strict';
  var status = document.getElementById('copy-status');
  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      var text = source.textContent.trim();
      status.textContent = '';
      navigator.clipboard.writeText(text).then(function () {
        // Cleared and set again so a repeated copy is announced again.
        setTimeout(function () { status.textContent = 'Kopierat: ' + text; }, 50);
      }, function () {
        status.textContent = 'Det gick inte att kopiera. Markera texten och kopiera den själv.';
      });
    });
  });
}());
