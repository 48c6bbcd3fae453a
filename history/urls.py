from django.urls import path

from . import views

app_name = "history"

urlpatterns = [
    path("pages/<int:page_id>/history/", views.page_history, name="page_history"),
    path(
        "pages/<int:page_id>/revisions/<int:revision_id>/",
        views.revision,
        name="revision",
    ),
    path("pages/<int:page_id>/compare/", views.compare, name="compare"),
]
