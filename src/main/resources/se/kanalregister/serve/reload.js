// Kanalregister serve: reloads the page when a new build is ready, and lets the error
// overlay be closed. Added to pages only while previewing; never part of the built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script ? script.getAttribute("data-build") : null;
  var overlay = document.getElementById("kanalregister-overlay");
  if (overlay) {
    var close = function () {
      if (overlay.parentNode) overlay.parentNode.removeChild(overlay);
      document.removeEventListener("keydown", onKey);
    };
    var onKey = function (e) {
      if (e.key === "Escape") close();
    };
    overlay.querySelector(".kanalregister-overlay-close").addEventListener("click", close);
    document.addEventListener("keydown", onKey);
    overlay.focus({ preventScroll: true });
  }
  if (!build || !window.EventSource) return;
  var events = new EventSource("/__kanalregister/events");
  events.addEventListener("build", function (e) {
    if (e.data !== build) {
      events.close();
      window.location.reload();
    }
  });
})();
