// Kiosk mode only: after the configured time without a touch, go back to the language
// picker so the next person sees nothing of the last one's reading. The page works without it.
(function () {
  "use strict";
  var root = document.documentElement;
  var seconds = Number(root.getAttribute("data-idle-seconds")) || 120;
  var target = root.getAttribute("data-reset-url") || "/";
  var timer = 0;
  // A page read aloud is stopped before going back, so that the next person does not hear
  // the last one's page (and a page restored from the browser's cache does not play on).
  function silence() {
    Array.prototype.forEach.call(document.querySelectorAll("audio"), function (audio) {
      audio.pause();
      audio.currentTime = 0;
    });
  }
  function arm() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      silence();
      window.location.replace(target);
    }, seconds * 1000);
  }
  ["pointerdown", "keydown", "scroll", "wheel", "touchstart"].forEach(function (name) {
    window.addEventListener(name, arm, { passive: true, capture: true });
  });
  // Starting or finishing the audio counts as a touch (media events do not bubble, but the
  // capture phase sees them).
  ["play", "ended"].forEach(function (name) {
    window.addEventListener(name, arm, { capture: true });
  });
  arm();
})();
