"""What the demo entries are written with: shared sources and one builder per kind."""

WIKI = "https://en.wikipedia.org/wiki/"
ACCESSED = "2026-11-20"


def wiki(page: str) -> dict:
    return {
        "kind": "web",
        "title": page.replace("_", " "),
        "publisher": "Wikipedia",
        "url": WIKI + page,
        "accessed": ACCESSED,
    }


ZEIDLER = {
    "kind": "book",
    "title": "Reichswehr und Rote Armee 1920–1933",
    "author": "Manfred Zeidler",
    "publisher": "Oldenbourg",
    "year": 1993,
}
JOHNSON = {
    "kind": "book",
    "title": "Faustian Bargain: The Soviet-German Partnership and the Origins of the Second World War",
    "author": "Ian Ona Johnson",
    "publisher": "Oxford University Press",
    "year": 2021,
}
HABECK = {
    "kind": "book",
    "title": "Storm of Steel: The Development of Armor Doctrine in Germany and the Soviet Union, 1919–1939",
    "author": "Mary R. Habeck",
    "publisher": "Cornell University Press",
    "year": 2003,
}


def place(
    title, kind, lat, lon, summary, *, then="Soviet Union", now="Russia", **extra
):
    return {
        "type": "place",
        "title": title,
        "kind": kind,
        "latitude": lat,
        "longitude": lon,
        "country_then": then,
        "country_now": now,
        "summary": summary,
        **extra,
    }


def person(title, summary, start="", end="", nationality="German", **extra):
    return {
        "type": "person",
        "title": title,
        "summary": summary,
        "start": start,
        "end": end,
        "nationality": nationality,
        **extra,
    }


def organisation(title, kind, summary, start="", end="", **extra):
    return {
        "type": "organisation",
        "title": title,
        "kind": kind,
        "summary": summary,
        "start": start,
        "end": end,
        **extra,
    }


def unit(title, kind, summary, start="", end="", **extra):
    return {
        "type": "unit",
        "title": title,
        "kind": kind,
        "summary": summary,
        "start": start,
        "end": end,
        **extra,
    }


def equipment(title, category, summary, first_built="", start="", end="", **extra):
    return {
        "type": "equipment",
        "title": title,
        "category": category,
        "summary": summary,
        "first_built": first_built,
        "start": start,
        "end": end,
        **extra,
    }


def event(title, kind, summary, start, end="", **extra):
    return {
        "type": "event",
        "title": title,
        "kind": kind,
        "summary": summary,
        "start": start,
        "end": end,
        **extra,
    }
