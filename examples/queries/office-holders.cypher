// Who held which office in a country on a given day. Parameters: $iso3, $day (YYYY-MM-DD)
MATCH (p:Person)-[h:HOLDS_OFFICE]->(c:Country {iso3: $iso3})
WHERE h.start <= $day AND (h.end IS NULL OR h.end >= $day)
RETURN p.name AS person, h.title AS title, h.start AS since
ORDER BY person
