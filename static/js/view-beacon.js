// Report one view of the article to the counter. Runs on cached pages too, which
// is why counting happens here and not when the HTML is generated.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var url = script.dataset.beaconUrl;
  var pageId = script.dataset.pageId;

  function send() {
    var body = new URLSearchParams();
    body.set("page", pageId);
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      keepalive: true,
    }).catch(function () {});
  }

  // A page the browser prerenders may never be seen: count it once it is.
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", send, { once: true });
  } else {
    send();
  }
})();
