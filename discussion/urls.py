from django.urls import path

from . import views
from .feeds import ThreadFeed

app_name = "discussion"

urlpatterns = [
    path("<int:page_id>/", views.post, name="post"),
    path("<int:page_id>/atom/", ThreadFeed(), name="feed"),
    path("flag/<int:post_id>/", views.flag, name="flag"),
]
