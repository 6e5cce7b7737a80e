// How many agreements two countries signed on a day, with the sentence behind each figure.
// Parameters: $a, $b (ISO 3166 alpha-3), $date (YYYY-MM-DD)
MATCH (s:AgreementSigning {date: $date})-[:PARTY]->(a:Country {iso3: $a})
MATCH (s)-[:PARTY]->(b:Country {iso3: $b})
MATCH (c:Claim)-[:ABOUT]->(s)
MATCH (c)-[:REPORTED_IN]->(src:Article)
RETURN s.date AS date, c.count AS agreements, c.text AS evidence, src.url AS source
ORDER BY agreements
