"""A moderated discussion under every article and entry, in its language.

Each page (an article or an entry in one language) has one thread of posts.
A post is either discussion or an addition or correction, which carries at
least one source; a moderator approves each one before readers see it,
except the discussion posts of trusted readers (``discussion.trust``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from citations.models import AbstractSource

#: The longest post, in characters of its text as written.
MAX_POST_LENGTH = 10_000


class Thread(models.Model):
    """The discussion of one page; it exists once the page has a post."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="thread"
    )
    locked = models.BooleanField(
        _("locked"), default=False, help_text=_("Nobody may post to a locked thread.")
    )

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")

    def __str__(self) -> str:
        return self.page.title


class PostKind(models.TextChoices):
    DISCUSSION = "discussion", _("Discussion")
    ADDITION = "addition", _("Addition or correction")


class PostStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a moderator")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden")


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="posts",
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=PostKind.choices, default=PostKind.DISCUSSION
    )
    #: What the post is a reply to: always a post at the top of the thread
    #: (replies are one level deep); ``quoted`` is the reply it answered, if any.
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    quoted = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("text"), max_length=MAX_POST_LENGTH)
    #: ``text`` as readers see it: Markdown, sanitised (``discussion.text``).
    html = models.TextField(editable=False)
    changes = models.CharField(
        _("what it adds or corrects"),
        max_length=300,
        blank=True,
        help_text=_("One line: the fact added, or what was wrong and what is right."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PostStatus.choices,
        default=PostStatus.PENDING,
        db_index=True,
    )
    created = models.DateTimeField(_("posted"), auto_now_add=True)
    moderated = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    #: The editor who folded this addition into its page (``discussion.folding``),
    incorporated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: and when the page was published with its sources: the author is credited.
    incorporated = models.DateTimeField(_("incorporated"), null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["thread", "status", "created"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


class PostSource(AbstractSource):
    """A source an addition or correction rests on."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="sources")

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["pk"]


class Suspension(models.Model):
    """A reader kept from posting, until a time or for good."""

    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions"
    )
    until = models.DateTimeField(
        _("until"), null=True, blank=True, help_text=_("Empty: for good.")
    )
    reason = models.CharField(_("reason"), max_length=500)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")

    def __str__(self) -> str:
        return f"{self.reader} ({self.until or _('for good')})"


class FlagReason(models.TextChoices):
    WRONG = "wrong", _("It states something false, or its source does not say it")
    RUDE = "rude", _("It is rude or attacks someone")
    SPAM = "spam", _("It is advertising or spam")
    OTHER = "other", _("Something else")


class Flag(models.Model):
    """A reader's word to the moderators that a post needs a look."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.CharField(_("reason"), max_length=10, choices=FlagReason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    #: Set when a moderator decided on the post after the flag.
    handled = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["post", "reader"], name="one_flag_a_reader")
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.post}"


class Watch(models.Model):
    """A reader following a page's discussion; posting to a thread watches it."""

    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="watches"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("watch")
        verbose_name_plural = _("watches")
        constraints = [
            models.UniqueConstraint(fields=["reader", "page"], name="one_watch_a_page")
        ]

    def __str__(self) -> str:
        return f"{self.reader} → {self.page}"


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("A reply to your post")
    WATCHED = "watched", _("A new post in a discussion you watch")
    APPROVED = "approved", _("Your post is published")
    REJECTED = "rejected", _("Your post was not published")
    INCORPORATED = "incorporated", _("Your addition is part of the page")
    INVITED = "invited", _("An invitation to join us")


class Notification(models.Model):
    """Something a reader is told of: on the notifications page, and by email
    at once or in the daily digest, as they chose."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    read = models.DateTimeField(null=True, blank=True)
    #: When it went out by email, alone or in a digest; the digest sends
    #: only what no email carried yet, so two digests at once send it once.
    emailed = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read"]),
            models.Index(fields=["emailed", "created"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "post"], name="one_notification_an_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.recipient})"
