// Edu4All Image Studio: small progressive enhancements. Every page works without JavaScript.
(function () {
  "use strict";

  // Keeps what a child typed in a prompt form in this browser until it has been sent and accepted, so that an
  // expired session (a sign-in round trip loses the POST) or a closed tab never loses their words.
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    var key = "edu4all-draft:" + form.getAttribute("data-draft");
    var field = form.querySelector("textarea[name=prompt]");
    if (!field || !window.localStorage) {
      return;
    }
    var saved = localStorage.getItem(key);
    if (saved && !field.value) {
      field.value = saved;
    }
    field.addEventListener("input", function () {
      localStorage.setItem(key, field.value);
    });
    form.addEventListener("submit", function () {
      // Cleared on the request page once the server confirms the request was saved (see below).
      sessionStorage.setItem("edu4all-sent-draft", key);
    });
  });

  // The server confirmed the save (we are on the request page): the draft is no longer needed.
  if (document.querySelector("[data-request-saved]")) {
    var sent = sessionStorage.getItem("edu4all-sent-draft");
    if (sent) {
      localStorage.removeItem(sent);
      sessionStorage.removeItem("edu4all-sent-draft");
    }
  }

  // Live progress on a request page: poll its status, show the place in the queue, and load the images when done.
  // Without JavaScript the page refreshes itself (<noscript> meta refresh) and has a refresh link.
  var progress = document.querySelector("[data-progress-url]");
  if (progress && window.fetch) {
    var text = progress.querySelector("[data-progress-text]");
    var poll = function () {
      fetch(progress.getAttribute("data-progress-url"), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state) { return; }
          if (state.done) { window.location.reload(); return; }
          text.textContent = state.queuePosition > 0
            ? text.getAttribute("data-text-queued").replace("#", state.queuePosition)
            : text.getAttribute("data-text-running");
        })
        .catch(function () { /* a network hiccup: try again on the next tick */ })
        .then(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 2000);
  }

  // A submit button can only be pressed once per page: a double click must not send the form twice.
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = form.querySelector("button[type=submit]");
      if (button) {
        // Not when another script stopped this submit (the edit page first builds its mask, or refuses).
        setTimeout(function () { button.disabled = !event.defaultPrevented || button.disabled; }, 0);
      }
    });
  });
})();
