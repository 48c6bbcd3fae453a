from django.urls import path

from . import views

app_name = "discussion"

urlpatterns = [path("<int:page_id>/", views.post, name="post")]
