from django.urls import path

from . import views

app_name = "encyclopedia"

urlpatterns = [
    path("timeline/", views.timeline, name="timeline"),
    path("map/", views.place_map, name="map"),
    path("map/places.geojson", views.places_geojson, name="places-geojson"),
]
