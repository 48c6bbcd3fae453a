"""The public API over the demo content: shapes, filters, errors, CORS, limits."""

import pytest

from encyclopedia.dates import HistoricalDate, Precision
from encyclopedia.models import EntryPage

from ..presenting import date_out

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_media")]

ERROR_KEYS = {"status", "code", "message", "details"}


def get(client, path: str, **params):
    return client.get(f"/api/v1{path}", params)


def ok(client, path: str, **params) -> dict:
    response = get(client, path, **params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"].endswith((".", ")"))
    return body["error"]


def test_articles_are_listed_newest_first_by_page_and_language(client, demo):
    listing = ok(client, "/articles", lang="en", page_size=2)
    count = listing["page"]["count"]
    assert count >= 3 and listing["page"]["pages"] == (count + 1) // 2
    assert listing["page"]["next"].endswith("page=2")
    assert listing["page"]["previous"] is None
    first, second = listing["items"]
    assert first["published"] >= second["published"]
    assert {item["language"] for item in listing["items"]} == {"en"}
    czech = ok(client, "/articles", lang="cs")
    translated = [i for i in czech["items"] if i["text_language"] == "cs"]
    assert [i["title"] for i in translated] == [
        "Lipeck: německé letectvo, které oficiálně neexistovalo"
    ]
    by_author = ok(client, "/articles", author="jana-dvorakova", lang="en")["items"]
    assert by_author and all(
        "jana-dvorakova" in [a["slug"] for a in item["authors"]] for item in by_author
    )
    assert ok(client, "/articles", year=1990)["items"] == []


def test_an_article_carries_its_text_sources_and_mentions(client, demo):
    (summary,) = ok(client, "/articles", lang="cs", tag="lipeck")["items"]
    article = ok(client, f"/articles/{summary['id']}")
    assert "<p>" in article["body_html"] and "<p>" not in article["body_text"]
    assert article["body_text"].startswith("Versailleská smlouva Německu zakázala")
    assert "\n\n" in article["body_text"]
    assert len(article["sources"]) >= 3
    assert all(source["citation"] for source in article["sources"])
    linked = {m["surface"]: m["entry"] for m in article["mentions"] if m["entry"]}
    assert linked["Lipecku"]["title"] == "Lipeck"
    assert linked["Lipecku"]["api_url"].endswith(
        f"/api/v1/entries/{linked['Lipecku']['id']}"
    )
    assert set(article["translations"]) == {"en", "cs"}


def test_entries_by_type_with_partial_dates_and_relations_both_ways(client, demo):
    places = ok(client, "/entries", type="place", lang="en", page_size=100)
    assert places["page"]["count"] >= 10
    assert {item["type"] for item in places["items"]} == {"place"}
    school = EntryPage.objects.get(title="Letecká škola v Lipecku")
    entry = ok(client, f"/entries/{school.pk}")
    assert entry["period"]["start"] == {
        "edtf": "1925-07-15",
        "precision": "day",
        "circa": False,
        "text": "15. 7. 1925",
    }
    assert entry["facts"]["kind"] == "school"
    assert entry["facts"]["seat"]["title"] == "Lipeck"  # in the entry's language
    trained = [r for r in entry["relations"] if r["kind"] == "trained_at"]
    assert trained and all(r["direction"] == "incoming" for r in trained)
    assert "Hans Jeschonnek" in [r["entry"]["title"] for r in trained]
    assert "WIWUPAL" in entry["other_names"]
    assert entry["sources"]
    lipeck = ok(client, f"/entries/{entry['facts']['seat']['id']}")
    assert "Lipeck: německé letectvo, které oficiálně neexistovalo" in [
        page["title"] for page in lipeck["mentioned_in"]
    ]
    by_date = ok(client, "/entries", type="event", lang="en", order="date")["items"]
    starts = [item["period"]["start"]["edtf"] for item in by_date]
    assert starts == sorted(starts)
    in_1920s = ok(client, "/entries", type="event", lang="en", start=1920, end=1929)
    assert "Treaty of Rapallo" in [i["title"] for i in in_1920s["items"]]
    assert "Molotov–Ribbentrop Pact" not in [i["title"] for i in in_1920s["items"]]


def test_dates_say_how_much_is_known():
    decade = HistoricalDate(1920, precision=Precision.DECADE)
    circa = HistoricalDate(1921, precision=Precision.YEAR, circa=True)
    month = HistoricalDate(1925, 6, precision=Precision.MONTH)
    assert date_out(decade, "en") == {
        "edtf": "192X",
        "precision": "decade",
        "circa": False,
        "text": "1920s",
    }
    assert date_out(circa, "cs")["edtf"] == "1921~"
    assert date_out(circa, "cs")["text"] == "kol. 1921"
    assert date_out(month, "en")["edtf"] == "1925-06"


def test_search_finds_what_the_site_finds(client, demo):
    found = ok(client, "/search", q="WIWUPAL", lang="en")
    assert found["items"][0]["title"].startswith("Wissenschaftliche Versuchs")
    assert found["items"][0]["type"] == "organisation"
    assert not found["fallback"]
    fallback = ok(client, "/search", q="Lipetsk zzzunknown", lang="en")
    assert fallback["fallback"] and fallback["items"]
    people = ok(client, "/search", q="Kralova", type="contributor")
    assert [c["name"] for c in people["contributors"]] == ["Petra Králová"]


def test_timeline_and_places_come_in_the_asked_language(client, demo):
    timeline = ok(
        client, "/timeline", start="1925", end="1925", type="event", lang="cs"
    )
    titles = [item["title"] for item in timeline["items"]]
    assert "Zahájení výcviku v Lipecku" in titles
    assert all(item["type"] == "event" for item in timeline["items"])
    assert not timeline["truncated"]
    places = ok(client, "/places.geojson", lang="cs")
    assert places["type"] == "FeatureCollection"
    lipeck = next(f for f in places["features"] if f["properties"]["title"] == "Lipeck")
    longitude, latitude = lipeck["geometry"]["coordinates"]
    assert (round(latitude, 2), round(longitude, 2)) == (52.6, 39.57)


def test_contributors_and_their_articles(client, demo):
    listing = ok(client, "/contributors")
    slugs = [item["slug"] for item in listing["items"]]
    assert "jana-dvorakova" in slugs
    jana = ok(client, "/contributors/jana-dvorakova")
    assert jana["articles"] and jana["languages"]


@pytest.mark.parametrize(
    ("method", "path", "params", "status", "code"),
    [
        ("get", "/articles/999999999", {}, 404, "not_found"),
        ("get", "/entries/0", {}, 400, "invalid_parameters"),
        ("get", "/articles", {"page": 99}, 404, "page_out_of_range"),
        ("get", "/articles", {"page_size": 101}, 400, "invalid_parameters"),
        ("get", "/articles", {"author": "nobody-at-all"}, 404, "not_found"),
        ("get", "/articles", {"lang": "de"}, 400, "invalid_parameters"),
        ("get", "/entries", {"type": "ship"}, 400, "invalid_parameters"),
        ("get", "/entries", {"start": 1940, "end": 1930}, 400, "bad_request"),
        ("get", "/timeline", {"start": "31.2.1925"}, 400, "invalid_parameters"),
        ("get", "/search", {}, 400, "invalid_parameters"),
        ("get", "/search", {"q": "x" * 501}, 400, "invalid_parameters"),
        ("get", "/search", {"q": "Lipetsk\x00"}, 400, "invalid_parameters"),
        ("get", "/contributors/no-such-person", {}, 404, "not_found"),
        ("get", "/no-such-endpoint/", {}, 404, "not_found"),
        ("post", "/articles", {}, 405, "method_not_allowed"),
        ("delete", "/entries/1", {}, 405, "method_not_allowed"),
    ],
)
def test_every_error_has_the_same_shape(
    client, demo, method, path, params, status, code
):
    response = getattr(client, method)(f"/api/v1{path}", params)
    error = assert_error(response, status, code)
    if code == "invalid_parameters" and path != "/timeline":
        assert error["details"] and all(
            set(detail) == {"parameter", "message"} for detail in error["details"]
        )


def test_pages_are_capped_at_one_hundred_items(client, demo):
    response = get(client, "/entries", page_size=100)
    assert len(response.json()["items"]) == 100
    error = assert_error(
        get(client, "/entries", page_size=500), 400, "invalid_parameters"
    )
    assert error["details"][0]["parameter"] == "page_size"


def test_any_site_may_read_the_api_from_a_browser(client, demo):
    response = client.get("/api/v1/articles", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/articles",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    page = client.get("/", HTTP_ORIGIN="https://example.org")
    assert "Access-Control-Allow-Origin" not in page


def test_each_client_has_its_own_rate_limit(client, demo, settings):
    settings.API_RATE_LIMIT = "3/m"
    for _ in range(3):
        assert get(client, "/contributors").status_code == 200
    limited = client.get("/api/v1/contributors")
    assert_error(limited, 429, "rate_limited")
    assert int(limited["Retry-After"]) >= 1
    other = client.get("/api/v1/contributors", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    # A forged header does not buy a fresh allowance unless a proxy is trusted.
    forged = client.get("/api/v1/contributors", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert forged.status_code == 429


def test_the_schema_and_its_docs_are_served_from_the_code(client, demo):
    schema = ok(client, "/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/entries",
        "/api/v1/entries/{entry_id}",
        "/api/v1/search",
        "/api/v1/timeline",
        "/api/v1/places.geojson",
        "/api/v1/contributors",
        "/api/v1/contributors/{slug}",
    } <= set(schema["paths"])
    assert "ErrorOut" in schema["components"]["schemas"]
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    # The docs page runs from our own static files, never a CDN.
    assert b"/static/ninja/swagger-ui-bundle.js" in docs.content
    assert b"cdn" not in docs.content.lower()
