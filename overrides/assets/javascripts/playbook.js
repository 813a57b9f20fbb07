// Copy buttons in the response library: copy exactly the rendered reply, and say so.
(function () {
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

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".pb-copy") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    // Only a rendered reply may be copied: never another element a page happens to give that id.
    if (!source || !source.classList.contains("pb-reply")) return;
    var text = source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { announce(button, "Copied."); },
        function () { announce(button, fallbackCopy(text) ? "Copied." : "Copy failed: select the text and copy it."); }
      );
    } else {
      announce(button, fallbackCopy(text) ? "Copied." : "Copy failed: select the text and copy it.");
    }
  });
})();
