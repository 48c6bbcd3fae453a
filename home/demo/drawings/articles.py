"""The articles' drawings, by the key an article's figure names."""

from __future__ import annotations

from collections.abc import Callable

from .aircraft import draw_aircraft, draw_bomber
from .charts import draw_purge_chart, draw_timeline
from .fortifications import draw_pillbox
from .maps import (
    draw_czechoslovakia_map,
    draw_khalkhin_gol_map,
    draw_map,
    draw_spain_map,
)
from .tanks import draw_light_tank, draw_tank

# key: (image title, function drawing the PNG)
DRAWINGS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "map": ("Sketch map: Lipetsk, Kazan and Volsk", draw_map),
    "timeline": ("Timeline of the cooperation, 1921-1933", draw_timeline),
    "tank": ("Heavy tank prototype (drawing)", draw_tank),
    "aircraft": ("Biplane fighter (drawing)", draw_aircraft),
    "czechoslovakia_map": (
        "Sketch map: Czechoslovakia in 1938",
        draw_czechoslovakia_map,
    ),
    "pillbox": ("Light pillbox vz. 37 (drawing)", draw_pillbox),
    "light_tank": ("Light tank of the 1930s (drawing)", draw_light_tank),
    "spain_map": ("Sketch map: Spain, 1936-1939", draw_spain_map),
    "khalkhin_gol_map": (
        "Sketch map: Khalkhin Gol, August 1939",
        draw_khalkhin_gol_map,
    ),
    "bomber": ("Four-engined bomber (drawing)", draw_bomber),
    "purge_chart": ("Chart: the purge of the Red Army's command", draw_purge_chart),
}
