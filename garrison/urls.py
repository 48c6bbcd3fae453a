from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.api import api
from articles.views import count_view
from core import views as core_views
from core.page_editing import edit_page
from core.password_reset import RateLimitedPasswordResetView
from core.robots import robots_txt
from core.sitemaps import sitemap
from core.staff_sign_in import StaffLoginView

# A failure's page in the reader's language, without the database (core/views.py);
# Django's own 404 handler renders templates/404.html with the request.
handler500 = core_views.server_error

urlpatterns = [
    # Before the admin's own: the same form, rate-limited.
    path("admin/password_reset/", RateLimitedPasswordResetView.as_view()),
    # Wagtail's sign-in, asking staff with two-factor sign-in for their code.
    path("admin/login/", StaffLoginView.as_view(), name="wagtailadmin_login"),
    # Wagtail's page editor, checking for a newer version under a lock.
    path("admin/pages/<int:page_id>/edit/", edit_page),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v1/", api.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("beacon/views/", count_view, name="view-beacon"),
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", core_views.favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# What readers see exists once per language: English at /, Czech under /cs/.
urlpatterns += i18n_patterns(
    # Signing up and in, email and password (django-allauth), and a reader's own.
    path("accounts/", include("readers.urls")),
    path("accounts/", include("allauth.urls")),
    path("discussion/", include("discussion.urls")),
    path("", include("community.urls")),
    path("", include("encyclopedia.urls")),
    path("feeds/", include("articles.feed_urls")),
    path("search/", include("search.urls")),
    # A page's history, its revisions by permanent link, and how to cite it.
    path("", include("history.urls")),
    path("", include("citations.urls")),
    # The quality scale readers see each page's grade on.
    path("", include("assessment.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
