// Keeps an admin list of background jobs current while one is queued or running (the
// printable catalogue, the invitation form sets): polls the list's JSON status endpoint and
// updates the rows in place. Without JavaScript the page's "Refresh" link does the same.
//
// The table carries data-job-list, data-status-url and data-jobs-key (the JSON key holding
// the jobs); each row data-job-id, data-job-label and data-active; each cell to update a
// data-field named after a key of the job (plus "percent" and "download", which takes its
// link text from data-label).
(function () {
  "use strict";

  var table = document.querySelector("[data-job-list]");
  if (!table || !window.fetch) {
    return;
  }
  var statusUrl = table.getAttribute("data-status-url");
  var jobsKey = table.getAttribute("data-jobs-key");
  var announcer = document.querySelector("[data-job-announcer]");
  var INTERVAL = 2000;
  var AFTER_ERROR = 10000;

  function showDownload(cell, url) {
    if (url && !cell.querySelector("a")) {
      var link = document.createElement("a");
      link.href = url;
      link.textContent = cell.getAttribute("data-label");
      cell.replaceChildren(link);
    }
  }

  function update(job) {
    var row = table.querySelector('tr[data-job-id="' + job.id + '"]');
    if (!row) {
      return;
    }
    var wasActive = row.getAttribute("data-active") === "true";
    row.setAttribute("data-active", job.active ? "true" : "false");
    row.querySelectorAll("[data-field]").forEach(function (cell) {
      var name = cell.getAttribute("data-field");
      if (name === "download") {
        showDownload(cell, job.download_url);
      } else if (name === "percent") {
        cell.textContent = job.progress + "%";
      } else if (Object.prototype.hasOwnProperty.call(job, name)) {
        cell.textContent = job[name] === null ? "" : String(job[name]);
      }
    });
    var bar = row.querySelector("progress");
    if (bar) {
      bar.value = job.progress;
      bar.textContent = job.progress + "%";
    }
    if (wasActive && !job.active && announcer) {
      var label = row.getAttribute("data-job-label");
      announcer.textContent = (label ? label + ": " : "") + job.status_label + ". " + job.message;
    }
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
        data[jobsKey].forEach(update);
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
