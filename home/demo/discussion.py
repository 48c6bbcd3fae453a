"""Demo readers and their discussions, in both languages.

Posts of both kinds under an article and an entry: questions and answers, an
addition that an editor folded into the article (so the article names its
reader), and posts still waiting in the moderators' queue. Development only,
like the demo members; the readers share the demo password.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from articles.models import ArticlePage
from discussion.folding import fold_in
from discussion.models import Post
from discussion.posting import NewPost, approve, submit_post
from encyclopedia.models import EntryPage
from readers.accounts import trust_address
from readers.models import ReaderProfile

from .encyclopedia import JOHNSON, ZEIDLER
from .history import add_to_first_paragraph, backdate_publication

# (user name, display name, language); their emails go to no one.
READERS = [
    ("helen", "Helen Marsh", "en"),
    ("jiri", "Jiří Kolář", "cs"),
    ("petr", "Petr Sýkora", "cs"),
]


def load_discussion(password: str) -> list[str]:
    """Create the demo readers and threads once; say what was made."""
    if settings.PRODUCTION or Post.objects.exists():
        return []
    User = get_user_model()
    readers = {}
    for username, name, language in READERS:
        user = User.objects.filter(username=username).first() or (
            User.objects.create_user(username, f"{username}@reader.example", password)
        )
        ReaderProfile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": name,
                "language": language,
                "email_frequency": "never",
            },
        )
        trust_address(user)
        readers[username] = user
    moderator = User.objects.get(username="moderator")
    english = Locale.objects.get(language_code="en")
    czech = Locale.objects.get(language_code="cs")
    article = ArticlePage.objects.get(locale=english, slug="lipetsk-flying-school")
    entry = EntryPage.objects.get(locale=czech, slug="lipetsk").specific

    def post(page, author, text, *, reply_to=None, approved=True, **addition):
        kind = "addition" if addition else "discussion"
        new = NewPost(kind=kind, text=text, reply_to=reply_to, **addition)
        made, _new = submit_post(page, readers[author], new)
        return approve(made, moderator) if approved else made

    question = post(
        article,
        "helen",
        "How many Germans trained at Lipetsk in all? I have seen figures from "
        "about a hundred and twenty to several hundred.",
    )
    post(
        article,
        "jiri",
        "It depends on what is counted. Fighter pilots alone were some "
        "*120*; with observers and ground staff the figure passes **200**, "
        "and Speidel's larger number counts everyone who served there.",
        reply_to=question,
    )
    fokkers = post(
        article,
        "helen",
        "The school opened with about fifty Fokker D.XIII fighters, ordered "
        "from the Netherlands in 1925 through intermediaries so that the "
        "purchase would not be traced to the Reichswehr.",
        changes="Adds how the first fighters were bought",
        sources=[JOHNSON],
    )
    post(
        article,
        "petr",
        "Were Soviet airmen trained at the school as well, or only its mechanics?",
        approved=False,
    )
    editor = User.objects.get(username="editor")
    fold_in(fokkers, editor)
    # The editor works the addition into the text and says so in the history.
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    add_to_first_paragraph(
        draft,
        "Its first fighters, about fifty Fokker D.XIIIs, had been ordered from "
        "the Netherlands through intermediaries, so that no trail led back to "
        "the Reichswehr.",
    )
    draft.change_note = (
        "Worked in Helen Marsh's addition on how the first fighters were bought."
    )
    draft.save_revision(user=editor).publish(user=moderator)
    backdate_publication(article, date(2026, 11, 20), hour=10)

    base = post(
        entry,
        "petr",
        "Letiště u Lipecka slouží letectvu dodnes: sídlí tam středisko, kde "
        "se piloti učí novou techniku a taktiku.",
    )
    post(
        entry,
        "jiri",
        "Ano, a v roce 1933 tam po Němcích zůstaly dílny i hangáry, které "
        "sovětské letectvo hned převzalo.",
        reply_to=base,
    )
    post(
        entry,
        "jiri",
        "Poslední Němci odjeli v září 1933, měsíc po předání základny.",
        changes="Upřesňuje, kdy Němci školu opustili",
        sources=[ZEIDLER],
        approved=False,
    )
    return ["demo readers and discussions in both languages"]
