// Drag an item of the press calendar to another day: POST the day, move the card on success,
// put it back and say why on failure. Plain script, no library.
(function () {
  "use strict";
  var root = document.querySelector("[data-press-calendar]");
  if (!root || root.dataset.canMove !== "true") return;
  var announcer = root.querySelector("[data-press-announcer]");
  var errorBox = root.querySelector("[data-press-error]");
  var moveUrl = root.dataset.moveUrl;
  var dragged = null;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function move(item, cell) {
    var list = cell.querySelector(".press-day__items");
    var origin = item.parentNode;
    var next = item.nextSibling;
    list.appendChild(item);
    item.classList.add("press-item--moving");
    errorBox.hidden = true;
    var body = new URLSearchParams({ date: cell.dataset.date });
    fetch(moveUrl.replace(/\/0\/move\/$/, "/" + item.dataset.itemId + "/move/"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest" },
      body: body,
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        item.classList.remove("press-item--moving");
        if (!result.ok) throw new Error(result.data.error || "");
        item.classList.remove("press-item--late");
        announcer.textContent = result.data.message;
      })
      .catch(function (error) {
        item.classList.remove("press-item--moving");
        origin.insertBefore(item, next);
        showError(error.message || root.dataset.failedMessage || "");
      });
  }

  root.addEventListener("dragstart", function (event) {
    var item = event.target.closest ? event.target.closest(".press-item[data-movable]") : null;
    if (!item) return;
    dragged = item;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.dataset.itemId);
  });
  root.addEventListener("dragend", function () {
    dragged = null;
    root.querySelectorAll(".press-day--drop").forEach(function (cell) {
      cell.classList.remove("press-day--drop");
    });
  });
  root.addEventListener("dragover", function (event) {
    var cell = event.target.closest && event.target.closest(".press-day");
    if (!dragged || !cell) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    cell.classList.add("press-day--drop");
  });
  root.addEventListener("dragleave", function (event) {
    var cell = event.target.closest && event.target.closest(".press-day");
    if (cell && !cell.contains(event.relatedTarget)) cell.classList.remove("press-day--drop");
  });
  root.addEventListener("drop", function (event) {
    var cell = event.target.closest && event.target.closest(".press-day");
    if (!dragged || !cell) return;
    event.preventDefault();
    cell.classList.remove("press-day--drop");
    if (cell.contains(dragged)) return;
    move(dragged, cell);
  });
})();
