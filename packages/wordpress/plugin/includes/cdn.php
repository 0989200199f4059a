<?php
/**
 * The address of the widgets' script. `<api>/cdn/v<version>/eer-widgets.js`
 * is that version forever (cached a year, `immutable`): a page view needs no
 * revalidation round trip, which matters for a script that holds the first
 * paint (see assets.php). The version comes from `<api>/cdn/version.json`,
 * fetched on the server and kept in a transient; while it is unknown, the
 * latest build's address (`<api>/cdn/eer-widgets.js`, short cache, ETag).
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

/** The version is trusted this long (seconds); a new deployment shows within this delay. */
const EMPLOIS_EN_REGIONS_CDN_VERSION_FRESH = 12 * HOUR_IN_SECONDS;

/** After a failed fetch, the next try waits this long (meanwhile the last version, or the latest build). */
const EMPLOIS_EN_REGIONS_CDN_VERSION_RETRY = 5 * MINUTE_IN_SECONDS;

/** A known version is kept this long for when the API cannot be reached. */
const EMPLOIS_EN_REGIONS_CDN_VERSION_KEEP = WEEK_IN_SECONDS;

/**
 * The widgets' script address for an API.
 *
 * @param string $api_base API address, without a trailing slash.
 * @return string
 */
function emplois_en_regions_script_url( $api_base ) {
	$version = emplois_en_regions_cdn_version( $api_base );
	return $api_base . '/cdn/' . ( null === $version ? '' : 'v' . $version . '/' ) . 'eer-widgets.js';
}

/**
 * The version the API's CDN serves, cached.
 *
 * @param string $api_base API address, without a trailing slash.
 * @return string|null Null when unknown (never fetched, or every answer was unusable).
 */
function emplois_en_regions_cdn_version( $api_base ) {
	$cache_key = 'eer_cdn_version_' . md5( $api_base );
	$cached    = get_transient( $cache_key );
	$cached    = is_array( $cached ) && isset( $cached['fetched'] ) && array_key_exists( 'version', $cached ) ? $cached : null;
	$known     = $cached && emplois_en_regions_valid_version( $cached['version'] ) ? $cached['version'] : null;

	if ( $cached && $cached['fetched'] > time() - EMPLOIS_EN_REGIONS_CDN_VERSION_FRESH ) {
		return $known;
	}

	$version = emplois_en_regions_fetch_cdn_version( $api_base );
	$answered = null !== $version;
	if ( null === $version ) {
		// Keep the last version (its address stays valid), or none, and try again in a few minutes, not on every view.
		$fetched = time() - EMPLOIS_EN_REGIONS_CDN_VERSION_FRESH + EMPLOIS_EN_REGIONS_CDN_VERSION_RETRY;
	} else {
		$known   = $version;
		$fetched = time();
	}
	set_transient(
		$cache_key,
		array(
			'fetched'  => $fetched,
			'version'  => $known,
			'answered' => $answered,
		),
		EMPLOIS_EN_REGIONS_CDN_VERSION_KEEP
	);
	return $known;
}

/**
 * Whether the API answered its last version check (made or refreshed by
 * emplois_en_regions_script_url()). Only then may the script hold the page's
 * first paint (`blocking="render"`): an API host that hangs must not leave
 * the partner's page blank.
 *
 * @param string $api_base API address, without a trailing slash.
 * @return bool
 */
function emplois_en_regions_cdn_answered( $api_base ) {
	$cached = get_transient( 'eer_cdn_version_' . md5( $api_base ) );
	return is_array( $cached ) && ! empty( $cached['answered'] );
}

/**
 * Whether a version may go into the script's path: `1.2.3`, `1.2.3-beta.1`, `1.2.3+build.5`.
 *
 * @param mixed $version Candidate.
 * @return bool
 */
function emplois_en_regions_valid_version( $version ) {
	return is_string( $version )
		&& strlen( $version ) <= 64
		&& 1 === preg_match( '/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/D', $version );
}

/**
 * One request for `<api>/cdn/version.json`.
 *
 * @param string $api_base API address, without a trailing slash.
 * @return string|null The version, or null on any failure or an invalid answer.
 */
function emplois_en_regions_fetch_cdn_version( $api_base ) {
	$response = wp_remote_get(
		$api_base . '/cdn/version.json',
		array(
			'timeout'     => 2,
			'redirection' => 0,
			'headers'     => array( 'Accept' => 'application/json' ),
		)
	);
	if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
		return null;
	}
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $body ) || ! isset( $body['version'] ) || ! emplois_en_regions_valid_version( $body['version'] ) ) {
		return null;
	}
	return $body['version'];
}
