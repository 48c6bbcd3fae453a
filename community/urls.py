from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("", views.contributor_list, name="contributors"),
    path("<slug:slug>/", views.contributor_detail, name="contributor"),
]
