# Czech numeric dates, as the encyclopedia writes historical ones: 15. 7. 1925.
DATE_FORMAT = "j. n. Y"
DATETIME_FORMAT = "j. n. Y, H:i"
SHORT_DATE_FORMAT = "j. n. Y"
THOUSAND_SEPARATOR = "\xa0"
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
