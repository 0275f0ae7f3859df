// Review on the event page: accept, reject, edit one field, undo. Every request carries the
// session's CSRF token; the page reloads to show the stored state.
(function () {
  "use strict";
  var page = document.querySelector("article.event");
  if (!page) return;
  var eventId = page.dataset.eventId;
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var errorBox = document.getElementById("review-error");

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      credentials: "same-origin",
      body: JSON.stringify(body || {}),
    }).then(function (response) {
      if (response.ok) { window.location.reload(); return; }
      return response.json().then(function (answer) {
        errorBox.textContent = answer.detail || ("error " + response.status);
      });
    });
  }

  document.querySelectorAll(".review-actions button").forEach(function (button) {
    button.addEventListener("click", function () {
      post("/api/events/" + eventId + "/corrections", {
        action: button.dataset.action,
        reason: document.getElementById("event-reason").value,
      });
    });
  });
  document.querySelectorAll("form.field-edit").forEach(function (form) {
    form.addEventListener("submit", function (submitted) {
      submitted.preventDefault();
      post("/api/events/" + eventId + "/corrections", {
        action: "edit",
        field: form.dataset.field,
        value: form.elements.value.value,
        reason: form.elements.reason.value,
      });
    });
  });
  document.querySelectorAll("[data-undo]").forEach(function (button) {
    button.addEventListener("click", function () {
      post("/api/corrections/" + button.dataset.undo + "/undo");
    });
  });
})();
