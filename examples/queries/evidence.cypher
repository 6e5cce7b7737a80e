// Every fact with the sentence it came from, its modality and its source.
MATCH (c:Claim)-[:ABOUT]->(e:Event)
MATCH (c)-[:REPORTED_IN]->(src:Article)
RETURN e.type AS fact, e.id AS event, c.modality AS modality, c.text AS evidence, src.url AS source
ORDER BY fact, event, evidence
