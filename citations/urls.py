from django.urls import path

from . import views

app_name = "citations"

urlpatterns = [
    path("pages/<int:page_id>/cite/", views.cite_page, name="cite"),
    path(
        "pages/<int:page_id>/cite/<slug:file_format>/", views.download, name="download"
    ),
]
