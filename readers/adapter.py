"""How django-allauth sends readers' emails and where it takes them."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter

from community.tasks import send_email


class ReaderAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Queue the email for the task worker: a mail server that is slow or
        down never holds up or breaks the page that asked for it."""
        message = self.render_mail(template_prefix, email, context)
        send_email.enqueue(message.subject, message.body, email)
