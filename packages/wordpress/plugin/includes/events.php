<?php
/**
 * Upcoming events fetched on the server for the banner's fallback content:
 * `GET /v1/events` with the publishable key, kept in a transient, and the
 * last good answer served when the API cannot be reached.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

/** An answer is fresh this long (seconds). */
const EMPLOIS_EN_REGIONS_EVENTS_FRESH = 5 * MINUTE_IN_SECONDS;

/** After a failed fetch, the stale answer is served this long before the next try. */
const EMPLOIS_EN_REGIONS_EVENTS_RETRY = MINUTE_IN_SECONDS;

/** A stale answer is kept this long for when the API is down. */
const EMPLOIS_EN_REGIONS_EVENTS_KEEP = WEEK_IN_SECONDS;

/**
 * Upcoming events, soonest first.
 *
 * @param array{region?: string, type?: string, limit?: int} $query Filters of `GET /v1/events`.
 * @return array<int, array<string, mixed>>|null Null when nothing can be shown (no settings, API down and nothing cached).
 */
function emplois_en_regions_upcoming_events( array $query ) {
	$settings = emplois_en_regions_settings();
	if ( '' === $settings['api_base'] || '' === $settings['api_key'] ) {
		return null;
	}
	$query     = array_filter(
		array(
			'region' => $query['region'] ?? '',
			'type'   => $query['type'] ?? '',
			'limit'  => (int) ( $query['limit'] ?? 3 ),
		)
	);
	$url       = $settings['api_base'] . '/v1/events?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 );
	$cache_key = 'eer_events_' . md5( $url . '|' . $settings['api_key'] );
	$cached    = get_transient( $cache_key );
	$cached    = is_array( $cached ) && isset( $cached['fetched'], $cached['events'] ) ? $cached : null;

	if ( $cached && $cached['fetched'] > time() - EMPLOIS_EN_REGIONS_EVENTS_FRESH ) {
		return $cached['events'];
	}

	$events = emplois_en_regions_fetch_events( $url, $settings['api_key'] );
	if ( null === $events ) {
		if ( ! $cached ) {
			return null;
		}
		// Stale on error: keep serving the last answer, and try again in a minute rather than on every view.
		$cached['fetched'] = time() - EMPLOIS_EN_REGIONS_EVENTS_FRESH + EMPLOIS_EN_REGIONS_EVENTS_RETRY;
		set_transient( $cache_key, $cached, EMPLOIS_EN_REGIONS_EVENTS_KEEP );
		return $cached['events'];
	}
	set_transient(
		$cache_key,
		array(
			'fetched' => time(),
			'events'  => $events,
		),
		EMPLOIS_EN_REGIONS_EVENTS_KEEP
	);
	return $events;
}

/**
 * One request to the API.
 *
 * @param string $url     Full URL of the list.
 * @param string $api_key Publishable key.
 * @return array<int, array<string, mixed>>|null The events (the fields the fallback shows), or null on any failure.
 */
function emplois_en_regions_fetch_events( $url, $api_key ) {
	$response = wp_remote_get(
		$url,
		array(
			'timeout' => 3,
			'headers' => array(
				'Accept'        => 'application/json',
				'Authorization' => 'Bearer ' . $api_key,
			),
		)
	);
	if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
		return null;
	}
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $body ) || ! isset( $body['data'] ) || ! is_array( $body['data'] ) ) {
		return null;
	}
	$events = array();
	foreach ( $body['data'] as $event ) {
		if ( ! is_array( $event ) || ! isset( $event['id'], $event['title'], $event['start'] ) || 'cancelled' === ( $event['status'] ?? '' ) ) {
			continue;
		}
		$start = strtotime( (string) $event['start'] );
		if ( false === $start ) {
			continue;
		}
		$events[] = array(
			'id'           => (string) $event['id'],
			'title'        => array(
				'fr' => (string) ( $event['title']['fr'] ?? '' ),
				'en' => (string) ( $event['title']['en'] ?? '' ),
			),
			'start'        => $start,
			'format'       => (string) ( $event['format'] ?? '' ),
			'municipality' => (string) ( $event['location']['municipalityName'] ?? '' ),
			'url'          => (string) ( $event['registrationUrl'] ?? '' ),
		);
	}
	return $events;
}
