from django.urls import path

from . import views

app_name = "citations"

urlpatterns = [
    path("pages/<int:page_id>/cite/", views.cite_page, name="cite"),
    path(
        "pages/<int:page_id>/cite/<slug:file_format>/", views.download, name="download"
    ),
    path(
        "pages/<int:page_id>/sources/<slug:file_format>/",
        views.page_sources,
        name="page-sources",
    ),
    path("bibliography/", views.bibliography, name="bibliography"),
    path("bibliography/<int:source_id>/", views.source_detail, name="source"),
    path(
        "bibliography/<int:source_id>/<slug:file_format>/",
        views.source_download,
        name="source-download",
    ),
]
