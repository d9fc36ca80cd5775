// Keeps the admin list of printable catalogues current while one is queued or being built:
// polls the JSON status endpoint and updates the rows in place. Without JavaScript the
// page's "Refresh" link does the same.
(function () {
  "use strict";

  var table = document.querySelector("[data-catalogue-prints]");
  if (!table || !window.fetch) {
    return;
  }
  var statusUrl = table.getAttribute("data-status-url");
  var announcer = document.querySelector("[data-print-announcer]");
  var INTERVAL = 2000;
  var AFTER_ERROR = 10000;

  function field(row, name) {
    return row.querySelector('[data-field="' + name + '"]');
  }

  function setText(row, name, value) {
    var element = field(row, name);
    if (element) {
      element.textContent = value === null || value === undefined ? "" : String(value);
    }
  }

  function update(job) {
    var row = table.querySelector('tr[data-print-id="' + job.id + '"]');
    if (!row) {
      return false;
    }
    var wasActive = row.getAttribute("data-active") === "true";
    row.setAttribute("data-active", job.active ? "true" : "false");
    setText(row, "status_label", job.status_label);
    setText(row, "message", job.message);
    setText(row, "percent", job.progress + "%");
    setText(row, "page_count", job.page_count);
    setText(row, "product_count", job.product_count);
    var bar = row.querySelector("progress");
    if (bar) {
      bar.value = job.progress;
      bar.textContent = job.progress + "%";
    }
    var download = field(row, "download");
    if (download && job.download_url && !download.querySelector("a")) {
      var link = document.createElement("a");
      link.href = job.download_url;
      link.textContent = download.getAttribute("data-label");
      download.replaceChildren(link);
    }
    if (wasActive && !job.active && announcer) {
      announcer.textContent = job.span + ": " + job.status_label + ". " + job.message;
    }
    return true;
  }

  function poll() {
    fetch(statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        data.prints.forEach(update);
        if (data.active) {
          window.setTimeout(poll, INTERVAL);
        }
      })
      .catch(function () {
        window.setTimeout(poll, AFTER_ERROR);
      });
  }

  if (table.querySelector('tr[data-active="true"]')) {
    window.setTimeout(poll, INTERVAL);
  }
})();
