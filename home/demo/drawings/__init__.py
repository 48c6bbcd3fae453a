"""Pictures for the demo content, drawn with Pillow so that nothing is fetched,
and the same from one run to the next.

The public names:

- :data:`DRAWINGS` (:mod:`.articles`): the articles' drawings by key, each a
  title and a function that draws the PNG;
- :func:`draw_entry` (:mod:`.entries`): an encyclopedia entry's picture, an
  :class:`EntryDrawing` (the PNG, its alt text and caption), or None;
- :func:`draw_avatar` (:mod:`.avatars`): a contributor's round avatar.

What is where:

- :mod:`.canvas`: the palette, fonts, PNG saving, an entry's titled canvas and
  the shared strokes (dashed lines, arrows, legends, ridged skins, wheels);
- :mod:`.outlines` and :mod:`.cities`: plain data, the article maps' outlines
  and the city table of the locator maps;
- :mod:`.maps`: the article sketch maps; :mod:`.locators`: an entry's locator
  map;
- :mod:`.charts`: the article timeline and purge chart;
- :mod:`.hints`: reading an entry's title and summary for what to draw;
- :mod:`.aircraft` (choosing, and the article aircraft) with
  :mod:`.airframes` (painting an entry's aircraft);
- :mod:`.tanks`, :mod:`.vehicles` (and ships), :mod:`.weapons`,
  :mod:`.fortifications`: the other equipment, for entries and articles;
- :mod:`.emblems`: units' and organisations' emblems;
- :mod:`.avatars`: contributors' avatars.
"""

from .articles import DRAWINGS
from .avatars import draw_avatar
from .canvas import EntryDrawing
from .entries import draw_entry

__all__ = ["DRAWINGS", "EntryDrawing", "draw_avatar", "draw_entry"]
