// Sample fixture: live filtering of the channel list (the DOM contract in quality/README.md).
(function () {
  'use strict';
  var form = document.getElementById('filter');
  if (!form) return;
  var platform = document.getElementById('filter-platform');
  var unit = document.getElementById('filter-unit');
  var q = document.getElementById('filter-q');
  var status = document.getElementById('filter-status');
  var items = Array.prototype.slice.call(document.querySelectorAll('li.channel'));

  function apply() {
    var p = platform.value;
    var u = unit.value;
    var text = q.value.trim().toLocaleLowerCase('sv');
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!p || li.dataset.platform === p) &&
               (!u || li.dataset.unit === u) &&
               (!text || li.textContent.toLocaleLowerCase('sv').indexOf(text) !== -1);
      li.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = 'Visar ' + shown + ' av ' + items.length + ' kanaler.';
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
}());
