from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "garrison_search"
    verbose_name = "Search"
