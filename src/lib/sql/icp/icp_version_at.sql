-- icp_version_at(day): the ICP version that classifies something that happened on `day`:
-- icp_settings.classify_by when the user chose one version for all history; otherwise the latest
-- version whose effective_from is on or before `day`; for a day before the first version (or a NULL
-- day) the first version.
CREATE OR REPLACE MACRO icp_version_at(day) AS coalesce(
	(SELECT classify_by FROM icp_settings),
	(SELECT arg_max(version, position) FROM icp_versions WHERE effective_from <= day),
	(SELECT arg_min(version, position) FROM icp_versions)
);
