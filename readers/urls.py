from django.urls import path

from . import views

app_name = "readers"

urlpatterns = [
    path("settings/", views.reader_settings, name="settings"),
    path("my-data.json", views.download_data, name="data"),
    path("delete/", views.delete, name="delete"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
