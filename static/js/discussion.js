// The discussion form, sent without leaving the page; a reply written under
// the post it answers; the source fields shown for an addition only.
// Without this script the form is sent and the page reloads, which works too.
(function () {
  "use strict";
  var thread = document.getElementById("discussion");
  if (!thread || !window.fetch || !window.FormData) return;

  function currentForm() {
    return thread.querySelector("form#discussion-form");
  }

  var form = currentForm();
  if (!form) return;
  // Where the form stands when it is not answering a post.
  var home = document.createElement("span");
  home.hidden = true;
  form.parentNode.insertBefore(home, form);

  function showKind(form) {
    var chosen = form.querySelector("input[name=kind]:checked");
    var addition = form.querySelector(".post-form__addition");
    if (addition) addition.hidden = !chosen || chosen.value !== "addition";
  }

  function say(form, text, isError) {
    var note = form.querySelector(".post-form__status");
    if (!note) {
      note = document.createElement("p");
      note.className = "post-form__status";
      note.setAttribute("role", "status");
      form.insertBefore(note, form.querySelector("h3").nextSibling);
    }
    note.textContent = text;
    note.classList.toggle("form-error", Boolean(isError));
  }

  function setReply(form, post) {
    var heading = form.querySelector("h3");
    var field = form.querySelector("input[name=reply_to]");
    var cancel = form.querySelector(".post-form__cancel");
    if (!heading.dataset.plain) heading.dataset.plain = heading.textContent;
    if (post) {
      field.value = post.id.replace("post-", "");
      heading.textContent = form.dataset.replyHeading;
      post.parentNode.insertBefore(form, post.nextSibling);
      if (!cancel) {
        cancel = document.createElement("button");
        cancel.type = "button";
        cancel.className = "post-form__cancel button-secondary";
        cancel.textContent = form.dataset.cancel;
        form.querySelector("button[type=submit]").after(" ", cancel);
      }
      form.querySelector("textarea").focus();
    } else {
      field.value = "";
      heading.textContent = heading.dataset.plain;
      home.after(form);
      if (cancel) cancel.remove();
    }
  }

  function place(html, published, replyTo) {
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var post = holder.firstElementChild;
    post.tabIndex = -1;
    if (!published) {
      var pending = thread.querySelector(".thread__pending");
      if (!pending) {
        pending = document.createElement("div");
        pending.className = "thread__pending";
        home.before(pending);
      }
      pending.append(post);
    } else if (replyTo && document.getElementById("post-" + replyTo)) {
      var item = document.getElementById("post-" + replyTo).closest(".thread__item");
      var replies = item.querySelector(".thread__replies");
      if (!replies) {
        replies = document.createElement("div");
        replies.className = "thread__replies";
        item.append(replies);
      }
      replies.append(post);
    } else {
      var wrapper = document.createElement("div");
      wrapper.className = "thread__item";
      wrapper.append(post);
      var empty = thread.querySelector("h2 + p.muted");
      if (empty) empty.remove();
      var after = thread.querySelector(".pagination") || thread.querySelector(".thread__follow");
      after.before(wrapper);
    }
    post.focus();
  }

  thread.addEventListener("change", function (event) {
    if (event.target.name === "kind") showKind(event.target.form);
  });

  thread.addEventListener("click", function (event) {
    var form = currentForm();
    var reply = event.target.closest(".post__actions a[href*='reply=']");
    if (reply && form) {
      event.preventDefault();
      setReply(form, reply.closest(".post"));
    } else if (event.target.closest(".post-form__cancel")) {
      setReply(form, null);
    }
  });

  thread.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id !== "discussion-form") return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(show, function () {
        // The network or the server failed before answering: send the form
        // the plain way. (Once answered, a post is never sent twice.)
        form.submit();
      });

    function show(answer) {
      button.disabled = false;
      if (answer.form) {
        // The form again, with what was wrong said beside each field.
        var holder = document.createElement("div");
        holder.innerHTML = answer.form;
        var fresh = holder.firstElementChild;
        var replyTo = form.querySelector("input[name=reply_to]").value;
        form.replaceWith(fresh);
        fresh.dataset.replyHeading = form.dataset.replyHeading;
        fresh.dataset.cancel = form.dataset.cancel;
        showKind(fresh);
        if (replyTo) setReply(fresh, document.getElementById("post-" + replyTo));
        var wrong = fresh.querySelector("[aria-invalid=true], .form-error");
        if (wrong) wrong.focus();
        return;
      }
      if (!answer.ok) {
        say(form, answer.message, true);
        return;
      }
      place(answer.post, answer.published, answer.reply_to);
      form.reset();
      setReply(form, null);
      showKind(form);
      say(form, answer.message, false);
    }
  });

  showKind(form);
})();
