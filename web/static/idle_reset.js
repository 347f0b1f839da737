// Kiosk mode only: after the configured time without a touch, go back to the language
// picker so the next person sees nothing of the last one's reading. The page works without it.
(function () {
  "use strict";
  var root = document.documentElement;
  var seconds = Number(root.getAttribute("data-idle-seconds")) || 120;
  var target = root.getAttribute("data-reset-url") || "/";
  var timer = 0;
  function arm() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      window.location.replace(target);
    }, seconds * 1000);
  }
  ["pointerdown", "keydown", "scroll", "wheel", "touchstart"].forEach(function (name) {
    window.addEventListener(name, arm, { passive: true, capture: true });
  });
  arm();
})();
