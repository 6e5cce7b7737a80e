// Arms transfers from a supplier to a recipient: value, currency, qualifier, who said it, where.
// Parameters: $supplier, $recipient (ISO 3166 alpha-3)
MATCH (t:ArmsTransfer)-[:SUPPLIER]->(:Country {iso3: $supplier})
MATCH (t)-[:RECIPIENT]->(:Country {iso3: $recipient})
MATCH (c:Claim)-[:ABOUT]->(t)
MATCH (c)-[:REPORTED_IN]->(src:Article)
OPTIONAL MATCH (c)-[:SAID_BY]->(speaker)
RETURN t.period AS period, c.amount AS amount, c.currency AS currency, c.qualifier AS qualifier,
       speaker.name AS speaker, c.text AS evidence, src.url AS source
ORDER BY amount
