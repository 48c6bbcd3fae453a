from django.urls import path

from . import views
from .feeds import ThreadFeed

app_name = "discussion"

urlpatterns = [
    path("<int:page_id>/", views.post, name="post"),
    path("<int:page_id>/atom/", ThreadFeed(), name="feed"),
    path("<int:page_id>/watch/", views.watch_page, name="watch"),
    path("post/<int:post_id>/", views.permalink, name="permalink"),
    path("flag/<int:post_id>/", views.flag, name="flag"),
    path("readers/<int:reader_id>/", views.reader_profile, name="reader"),
    path("notifications/", views.notifications, name="notifications"),
]
