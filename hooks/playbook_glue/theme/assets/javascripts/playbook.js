// Practice Playbook's few behaviours, all optional: without script every page still shows everything.
// - copy buttons (replies, commands, feed addresses) copy exactly the text they point at;
// - the reviewer's-name box fills a reply's placeholder before it is copied, and a reply that
//   still holds the placeholder is never copied (the name stays in this page: never stored or sent);
// - filter bars show only the entries picked, and keep the choice in the page's address.
(function () {
  "use strict";

  // Must match playbook/placeholders.py REVIEWER_PLACEHOLDER (a test compares them).
  var REVIEWER_PLACEHOLDER = "[reviewer's public name]";
  var COPYABLE = ["pb-reply", "pb-command", "pb-feed-url"];

  function announce(button, text) {
    var status = button.parentNode.querySelector(".pb-copied");
    if (status) {
      status.textContent = text;
      window.setTimeout(function () { status.textContent = ""; }, 4000);
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    document.body.removeChild(area);
    return ok;
  }

  function copyText(button, text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { announce(button, done); },
        function () { announce(button, fallbackCopy(text) ? done : "Copy failed: select the text and copy it."); }
      );
    } else {
      announce(button, fallbackCopy(text) ? done : "Copy failed: select the text and copy it.");
    }
  }

  // -- the reviewer's public name ------------------------------------------------------------
  function reviewerInput() {
    return document.getElementById("pb-reviewer-name");
  }

  function reviewerName() {
    var input = reviewerInput();
    return input ? input.value.replace(/\s+/g, " ").trim() : "";
  }

  function fillReviewer() {
    var name = reviewerName();
    document.querySelectorAll(".pb-reviewer").forEach(function (slot) {
      slot.textContent = name || REVIEWER_PLACEHOLDER;
      slot.classList.toggle("pb-reviewer-filled", Boolean(name));
    });
  }

  function setUpReviewerBox() {
    var box = document.querySelector(".pb-reviewer-box");
    if (!box || !document.querySelector(".pb-reviewer")) return;
    var label = document.createElement("label");
    label.setAttribute("for", "pb-reviewer-name");
    label.textContent = "Reviewer's public name (as the review shows it)";
    var input = document.createElement("input");
    input.type = "text";
    input.id = "pb-reviewer-name";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("aria-describedby", "pb-reviewer-help");
    input.addEventListener("input", fillReviewer);
    box.insertBefore(input, box.firstChild);
    box.insertBefore(label, input);
    box.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".pb-copy") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    // Only our own copy sources: never another element a page happens to give that id.
    if (!source || !COPYABLE.some(function (name) { return source.classList.contains(name); })) return;
    if (source.classList.contains("pb-reply")) fillReviewer();
    var text = source.textContent;
    if (text.indexOf(REVIEWER_PLACEHOLDER) !== -1) {
      announce(button, "Type the reviewer's public name in the box first.");
      var input = reviewerInput();
      if (input) input.focus();
      return;
    }
    copyText(button, text, "Copied.");
  });

  // -- filters ---------------------------------------------------------------------------------
  function setUpFilters(bar) {
    var buttons = Array.prototype.slice.call(bar.querySelectorAll(".pb-filter"));
    var items = Array.prototype.slice.call(document.querySelectorAll(".pb-filterable"));
    var scopes = Array.prototype.slice.call(document.querySelectorAll(".pb-filter-scope"));
    var names = [];
    buttons.forEach(function (b) {
      var name = b.getAttribute("data-filter");
      if (names.indexOf(name) === -1) names.push(name);
    });
    var count = bar.querySelector(".pb-filter-count");

    function chosen() {
      var picked = {};
      buttons.forEach(function (b) {
        if (b.getAttribute("aria-pressed") !== "true") return;
        var name = b.getAttribute("data-filter");
        (picked[name] = picked[name] || []).push(b.getAttribute("data-value"));
      });
      return picked;
    }

    function matches(item, picked) {
      return Object.keys(picked).every(function (name) {
        var values = (item.getAttribute("data-" + name) || "").split(" ");
        return picked[name].some(function (value) { return values.indexOf(value) !== -1; });
      });
    }

    function query(picked) {
      var params = new URLSearchParams(window.location.search);
      names.forEach(function (name) {
        if (picked[name]) params.set(name, picked[name].join(","));
        else params.delete(name);
      });
      var text = params.toString();
      return text ? "?" + text : "";
    }

    function apply(remember) {
      var picked = chosen();
      var shown = 0;
      items.forEach(function (item) {
        var visible = matches(item, picked);
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      scopes.forEach(function (scope) {
        var inside = scope.querySelectorAll(".pb-filterable");
        var any = Array.prototype.some.call(inside, function (item) { return !item.hidden; });
        scope.classList.toggle("pb-filtered-empty", inside.length > 0 && !any);
      });
      var active = Object.keys(picked).length > 0;
      count.textContent = active ? "(showing " + shown + " of " + items.length + ")" : "(showing all " + items.length + ")";
      if (remember) {
        var search = query(picked);
        window.history.replaceState(null, "", window.location.pathname + search + window.location.hash);
        document.querySelectorAll(".pb-month-nav a").forEach(function (link) {
          link.search = search;
        });
      }
    }

    buttons.forEach(function (b) {
      b.addEventListener("click", function () {
        b.setAttribute("aria-pressed", b.getAttribute("aria-pressed") === "true" ? "false" : "true");
        apply(true);
      });
    });
    bar.querySelector(".pb-filter-clear").addEventListener("click", function () {
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      apply(true);
    });
    var params = new URLSearchParams(window.location.search);
    buttons.forEach(function (b) {
      var wanted = (params.get(b.getAttribute("data-filter")) || "").split(",");
      if (wanted.indexOf(b.getAttribute("data-value")) !== -1) b.setAttribute("aria-pressed", "true");
    });
    bar.hidden = false;
    apply(true);
    if (Object.keys(chosen()).length) bar.open = true;  // a filtered address shows what is picked
  }

  function start() {
    // On a phone the legend starts folded: the calendar comes first.
    if (window.matchMedia && window.matchMedia("(max-width: 59.9375em)").matches) {
      document.querySelectorAll("details.pb-legend").forEach(function (legend) { legend.open = false; });
    }
    setUpReviewerBox();
    document.querySelectorAll(".pb-filters").forEach(setUpFilters);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
