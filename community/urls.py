from django.urls import path

from . import join, views

app_name = "community"

urlpatterns = [
    path("contributors/", views.contributor_list, name="contributors"),
    path("contributors/<slug:slug>/", views.contributor_detail, name="contributor"),
    path("join/", join.join, name="join"),
    path("join/sent/", join.join_sent, name="join-sent"),
    path("join/confirm/<str:token>/", join.join_confirm, name="join-confirm"),
    path("join/withdraw/<str:token>/", join.join_withdraw, name="join-withdraw"),
    path(
        "join/set-password/<uidb64>/<token>/",
        join.SetPasswordView.as_view(),
        name="set-password",
    ),
    path("join/password-set/", join.set_password_done, name="set-password-done"),
]
