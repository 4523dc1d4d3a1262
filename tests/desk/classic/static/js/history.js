// The ticket page's history: it comes by XHR a moment after the page and replaces the whole
// content of its box, as the classic helpdesks do. Quoted history stays folded until clicked.
(function () {
  'use strict';
  var settings = window.historySettings;
  var box = document.getElementById('ticket-history-box');

  function bindFolds(root) {
    root.querySelectorAll('.fold-switch').forEach(function (button) {
      button.addEventListener('click', function () {
        var folded = button.nextElementSibling.classList.toggle('folded');
        button.textContent = folded ? button.getAttribute('data-show') : button.getAttribute('data-hide');
        button.setAttribute('aria-expanded', String(!folded));
      });
    });
  }

  window.historyLoaded = new Promise(function (resolve) {
    if (!settings || !box) { if (box) bindFolds(box); resolve(); return; }
    setTimeout(function () {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', settings.url);
      xhr.onload = function () {
        box.innerHTML = xhr.responseText;
        bindFolds(box);
        box.classList.add('sliding-open');
        resolve();
      };
      xhr.onerror = function () { console.error('The history did not load'); resolve(); };
      xhr.send();
    }, settings.delay);
  });
})();
