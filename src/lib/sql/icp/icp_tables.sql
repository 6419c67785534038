-- The installed ICP as data (installIcp fills them with bound parameters):
-- icp_versions: one row per version; position 0 is the oldest; effective_from strictly increases with position.
-- icp_criteria: one row per criterion, in definition order, to show a definition beside account_fit's matched/failed.
-- icp_settings: exactly one row; classify_by = the version that classifies all history, or NULL to classify
--   each deal, lead and customer by the version in force on its date (see icp_version_at).
CREATE OR REPLACE TABLE icp_versions (
	version VARCHAR NOT NULL,
	effective_from DATE NOT NULL,
	position INTEGER NOT NULL
);

CREATE OR REPLACE TABLE icp_criteria (
	version VARCHAR NOT NULL,
	position INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	field VARCHAR NOT NULL,
	op VARCHAR NOT NULL,
	kind VARCHAR NOT NULL, -- 'must' | 'nice' | 'exclude'
	weight DOUBLE -- nice criteria only
);

CREATE OR REPLACE TABLE icp_settings (
	classify_by VARCHAR
);
