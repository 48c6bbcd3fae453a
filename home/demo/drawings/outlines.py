"""Plain data for the article maps: the places of the 1920s sketch map, and the
simplified outlines and cities of the maps of Czechoslovakia and Spain, as
(latitude, longitude) points."""

# (name, latitude, longitude) of the places the demo articles speak of.
MAP_PLACES = [
    ("Berlin", 52.52, 13.40),
    ("Moscow", 55.76, 37.62),
    ("Leningrad", 59.94, 30.31),
    ("Lipetsk", 52.61, 39.60),
    ("Voronezh", 51.67, 39.18),
    ("Kazan", 55.79, 49.12),
    ("Volsk", 52.05, 47.38),
]
MAP_SITES = {"Lipetsk", "Kazan", "Volsk"}

# The Czechoslovak state as it stood in September 1938, clockwise from the Aš
# salient in the west: a simplified outline through well-known border points
# (salients, passes, rivers and towns on the border).
CZECHOSLOVAKIA_1938 = [
    (50.32, 12.10),  # the Aš salient
    (50.40, 12.55),
    (50.43, 12.95),  # the Ore Mountains at Boží Dar
    (50.55, 13.25),
    (50.73, 13.80),  # Cínovec
    (50.87, 14.24),  # where the Elbe leaves Bohemia
    (51.05, 14.32),  # the Šluknov salient
    (50.87, 14.82),
    (51.02, 15.02),  # the Frýdlant salient
    (50.77, 15.43),
    (50.74, 15.74),  # Sněžka
    (50.66, 16.30),  # the Broumov salient
    (50.42, 16.22),  # Náchod
    (50.12, 16.65),
    (50.40, 16.98),  # the Javorník salient
    (50.28, 17.45),
    (50.30, 17.72),  # Osoblaha
    (49.97, 17.88),  # Opava
    (50.00, 18.10),  # the Hlučín region
    (49.90, 18.35),  # Bohumín
    (49.52, 18.80),  # the Jablunkov pass
    (49.52, 19.45),  # Orava
    (49.20, 20.05),  # the High Tatras
    (49.42, 20.40),  # the Dunajec
    (49.45, 21.30),
    (49.40, 21.70),  # the Dukla pass
    (49.05, 22.60),  # the Uzhok pass
    (48.75, 23.50),
    (48.16, 24.50),  # Hoverla
    (47.95, 24.62),
    (47.93, 23.89),  # the Tisza at Sighet
    (48.00, 23.00),
    (48.40, 22.15),  # Chop
    (48.50, 21.25),
    (48.20, 19.80),
    (48.07, 18.95),  # Šahy on the Ipeľ
    (47.82, 18.85),  # the Ipeľ meets the Danube
    (47.76, 18.13),  # Komárno
    (48.10, 17.10),  # Bratislava
    (48.17, 16.97),  # Devín, where the Morava meets the Danube
    (48.62, 16.94),  # the Morava meets the Dyje
    (48.76, 16.60),
    (48.85, 16.05),  # Znojmo
    (49.00, 15.30),  # Slavonice
    (48.78, 14.85),
    (48.55, 14.33),  # the southernmost point, near Vyšší Brod
    (48.77, 13.84),  # the Šumava
    (49.12, 13.20),  # Železná Ruda
    (49.45, 12.60),
    (50.05, 12.25),  # Cheb
]
# The border fortifications of 1935-1938, drawn a little inside the border:
# the northern line from the Ore Mountains to Ostrava, the southern one from
# Bratislava along the Morava and the Dyje into southern Bohemia.
CZECH_FORTIFICATIONS = [
    [
        (50.62, 13.60),
        (50.76, 14.20),
        (50.82, 14.55),
        (50.80, 15.00),
        (50.69, 15.45),
        (50.64, 15.80),
        (50.50, 16.05),
        (50.38, 16.15),
        (50.15, 16.52),
        (50.10, 16.80),
        (50.20, 17.05),
        (50.15, 17.45),
        (50.00, 17.75),
        (49.93, 18.05),
        (49.84, 18.27),
    ],
    [
        (48.25, 17.03),
        (48.56, 17.01),
        (48.74, 16.82),
        (48.85, 16.55),
        (48.94, 16.05),
        (49.08, 15.30),
        (48.88, 14.85),
        (48.70, 14.40),
    ],
]
CZECH_CITIES = [
    # name, latitude, longitude, label anchor, label offset
    ("Prague", 50.08, 14.42, "lb", (12, -8)),
    ("Plzeň", 49.75, 13.38, "lt", (12, 6)),
    ("Brno", 49.20, 16.61, "lb", (12, -8)),
    ("Ostrava", 49.84, 18.29, "rt", (-12, 8)),
    ("Bratislava", 48.15, 17.11, "lb", (12, -8)),
]
# Spain with Portugal, clockwise from Cape Finisterre (mainland coast and the
# Portuguese border, simplified).
SPAIN = [
    (42.88, -9.27),  # Cape Finisterre
    (43.37, -8.40),  # A Coruña
    (43.78, -7.69),  # Estaca de Bares
    (43.55, -5.66),  # Gijón
    (43.46, -3.80),  # Santander
    (43.40, -2.95),  # Bilbao
    (43.37, -1.78),  # Hendaye
    (42.95, -1.00),  # the Pyrenees
    (42.70, 0.70),
    (42.45, 2.00),
    (42.43, 3.17),  # Cerbère
    (42.32, 3.32),  # Cap de Creus
    (41.38, 2.17),  # Barcelona
    (41.10, 1.25),  # Tarragona
    (40.70, 0.85),  # the Ebro delta
    (39.98, -0.04),  # Castellón
    (39.47, -0.33),  # Valencia
    (38.73, 0.23),  # Cape de la Nao
    (38.34, -0.48),  # Alicante
    (37.63, -0.69),  # Cabo de Palos
    (36.72, -2.19),  # Cabo de Gata
    (36.72, -4.42),  # Málaga
    (36.14, -5.35),  # Gibraltar
    (36.01, -5.60),  # Tarifa
    (36.53, -6.30),  # Cádiz
    (37.20, -7.40),  # the mouth of the Guadiana
    (38.20, -7.30),
    (38.88, -7.05),  # Badajoz
    (39.65, -7.53),  # the Tagus
    (40.50, -6.80),
    (41.00, -6.90),  # the Douro
    (41.60, -6.25),
    (41.95, -6.60),
    (41.95, -7.50),
    (41.87, -8.87),  # the mouth of the Minho
    (42.24, -8.72),  # Vigo
    (42.50, -9.00),
]
PORTUGAL = [
    (41.87, -8.87),
    (41.95, -7.50),
    (41.95, -6.60),
    (41.60, -6.25),
    (41.00, -6.90),
    (40.50, -6.80),
    (39.65, -7.53),
    (38.88, -7.05),
    (38.20, -7.30),
    (37.20, -7.40),
    (37.00, -7.93),  # Faro
    (37.02, -8.99),  # Cape St Vincent
    (37.95, -8.87),  # Sines
    (38.50, -8.90),  # Setúbal
    (38.78, -9.50),  # Cabo da Roca
    (40.00, -8.90),
    (41.15, -8.65),  # Porto
]
FRANCE_SOUTH = [
    (43.37, -1.78),
    (43.48, -1.56),
    (44.40, -1.24),
    (44.40, 4.70),
    (43.40, 4.70),
    (43.40, 3.70),
    (42.90, 3.05),
    (42.43, 3.17),
    (42.45, 2.00),
    (42.70, 0.70),
    (42.95, -1.00),
]
NORTH_AFRICA = [
    (34.60, -6.60),
    (35.19, -6.15),  # Larache
    (35.79, -5.92),  # Cape Spartel
    (35.89, -5.30),  # Ceuta
    (35.25, -4.40),
    (35.44, -2.97),  # Cape Tres Forcas
    (35.10, -2.20),
    (35.70, -0.64),  # Oran
    (36.50, 1.50),
    (36.77, 3.06),  # Algiers
    (36.85, 4.70),
    (34.60, 4.70),
]
BALEARICS = [
    [(39.57, 2.35), (39.88, 2.70), (39.96, 3.20), (39.70, 3.47), (39.38, 3.25)],
    [(39.95, 3.82), (40.08, 4.10), (39.98, 4.32), (39.85, 4.27)],
    [(38.98, 1.22), (39.12, 1.40), (39.03, 1.60), (38.88, 1.55)],
]
SPANISH_CITIES = [
    # name, latitude, longitude, marked in the accent colour, label anchor, offset
    ("Madrid", 40.42, -3.70, False, "lb", (12, -6)),
    ("Barcelona", 41.39, 2.17, False, "rb", (-12, -6)),
    ("Seville", 37.39, -5.98, False, "lb", (12, -6)),
    ("Guernica", 43.32, -2.68, True, "lt", (12, 8)),
    ("Teruel", 40.34, -1.11, True, "lb", (12, -6)),
]
