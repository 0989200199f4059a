<?php
/**
 * The banner's server-side events when the API fails: the last answer is
 * served (stale on error) and retried a minute later; without any answer,
 * the fallback is the program's link.
 *
 * php events-cache.php <wordpress dir> '{"limit":3}'
 */
$query = json_decode( $argv[2], true );

require __DIR__ . '/bootstrap.php';

global $wpdb;
$transients = static function () use ( $wpdb ) {
	return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_eer\\_events\\_%'" );
};

$report = array( 'cachedKeys' => count( $transients() ) );
$fresh  = emplois_en_regions_upcoming_events( $query );
$report['fresh'] = is_array( $fresh ) ? count( $fresh ) : null;

// The API goes down, and the cached answer is old.
$requests = 0;
add_filter(
	'pre_http_request',
	static function () use ( &$requests ) {
		$requests++;
		return new WP_Error( 'http_request_failed', 'API unreachable (test)' );
	}
);
foreach ( $transients() as $option ) {
	$name            = substr( $option, strlen( '_transient_' ) );
	$value           = get_transient( $name );
	$value['fetched'] = time() - HOUR_IN_SECONDS;
	set_transient( $name, $value, WEEK_IN_SECONDS );
}
$stale                    = emplois_en_regions_upcoming_events( $query );
$report['stale']          = is_array( $stale ) ? count( $stale ) : null;
$report['sameAsFresh']    = $stale === $fresh;
$report['requestsStale']  = $requests;
// Within the retry minute, no new request.
emplois_en_regions_upcoming_events( $query );
$report['requestsRetry']  = $requests;

// Nothing cached and the API down: the link to the program's page.
foreach ( $transients() as $option ) {
	delete_transient( substr( $option, strlen( '_transient_' ) ) );
}
$report['none']     = emplois_en_regions_upcoming_events( $query );
$report['fallback'] = emplois_en_regions_render_widget( 'event-banner', array( 'limit' => '3' ) );
$report['programUrl'] = emplois_en_regions_program_url();

echo wp_json_encode( $report );
