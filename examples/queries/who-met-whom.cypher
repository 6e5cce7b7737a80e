// Who met whom, where and when: one row per meeting and participant.
MATCH (m:Meeting)-[:PARTICIPANT]->(p:Person)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
RETURN m.date AS date, place.name AS place, p.name AS participant
ORDER BY date, participant
