// The staff queue keeps itself current. Every few seconds it asks the server whether this
// queue changed (a small fingerprint, the same scope as the page); when it did, it fetches the
// page again and puts the fresh list in place, says so in a live region ("a new request"),
// and, if the staff member turned the sound on, plays a short chime made here (Web Audio, no
// file). Without this script the page is a plain page: reloading shows new requests.
(function () {
  "use strict";
  var live = document.getElementById("queue-live");
  if (!live || !window.fetch || !window.DOMParser) {
    return;
  }
  var notice = document.getElementById("queue-notice");
  var sound = document.getElementById("queue-sound");
  var version = live.getAttribute("data-version");
  var newest = Number(live.getAttribute("data-newest")) || 0;
  var every = (Number(live.getAttribute("data-seconds")) || 5) * 1000;
  var poll = live.getAttribute("data-poll");
  var SOUND_KEY = "faro.staff-queue.sound";
  var audio = null;
  var busy = false;
  var failing = false;

  // The page says it updates itself only when it does.
  document.getElementById("queue-live-on").hidden = false;
  document.getElementById("queue-live-off").hidden = true;
  document.getElementById("queue-sound-choice").hidden = false;

  try {
    sound.checked = window.localStorage.getItem(SOUND_KEY) === "on";
  } catch (e) {
    sound.checked = false;
  }
  sound.addEventListener("change", function () {
    try {
      window.localStorage.setItem(SOUND_KEY, sound.checked ? "on" : "off");
    } catch (e) {
      // Not kept: it stays as chosen on this page.
    }
    if (sound.checked) {
      // A browser lets a page make sound once the person has acted on it: this click.
      chime();
    }
  });

  function context() {
    var Audio = window.AudioContext || window.webkitAudioContext;
    if (!Audio) {
      return null;
    }
    if (!audio) {
      audio = new Audio();
    }
    if (audio.state === "suspended") {
      audio.resume();
    }
    return audio;
  }

  // Two short rising tones.
  function chime() {
    var ctx = context();
    if (!ctx) {
      return;
    }
    [[0, 660], [0.22, 880]].forEach(function (tone) {
      var at = ctx.currentTime + tone[0];
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = tone[1];
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.21);
    });
  }

  function say(text) {
    // Emptied first, so the same sentence twice is announced twice.
    notice.textContent = "";
    window.setTimeout(function () {
      notice.textContent = text;
    }, 50);
  }

  function reload(arrived) {
    return window
      .fetch(window.location.href, {
        credentials: "same-origin",
        headers: { Accept: "text/html" },
      })
      .then(function (reply) {
        if (!reply.ok) {
          throw new Error(String(reply.status));
        }
        return reply.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("queue");
        var freshLive = page.getElementById("queue-live");
        if (!fresh || !freshLive) {
          throw new Error("not the queue");
        }
        var current = document.getElementById("queue");
        current.parentNode.replaceChild(document.importNode(fresh, true), current);
        version = freshLive.getAttribute("data-version");
        newest = Math.max(newest, Number(freshLive.getAttribute("data-newest")) || 0);
        if (arrived) {
          document.getElementById("queue-live").setAttribute("data-arrived", "yes");
          say(live.getAttribute("data-said-new"));
          if (sound.checked) {
            chime();
          }
        } else {
          say(live.getAttribute("data-said-changed"));
        }
      });
  }

  function check() {
    if (busy) {
      return;
    }
    busy = true;
    window
      .fetch(poll, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (reply) {
        if (!reply.ok) {
          throw new Error(String(reply.status));
        }
        return reply.json();
      })
      .then(function (now) {
        failing = false;
        if (now.version === version) {
          return null;
        }
        return reload(now.newest > newest);
      })
      .catch(function () {
        // Signed out, offline or a server restart: say so once, and try again at each turn.
        if (!failing) {
          failing = true;
          say(live.getAttribute("data-said-failed"));
        }
      })
      .then(function () {
        busy = false;
      });
  }

  window.setInterval(check, every);
})();
