-- MinHash signature of each report's narrative, for near-duplicate (内容雷同) detection.
ALTER TABLE reports ADD COLUMN minhash bytea;
