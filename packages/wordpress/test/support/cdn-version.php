<?php
/**
 * The script's address (includes/cdn.php): the version from the real API's
 * version.json; the latest build's address when version.json cannot be
 * reached (a closed port) or answers something unusable; the last version
 * kept when the API goes down; one request per retry delay, not per view.
 *
 * php cdn-version.php <wordpress dir> '{"apiBase": "...", "closedBase": "http://127.0.0.1:<closed port>"}'
 */
$args = json_decode( $argv[2], true );

require __DIR__ . '/bootstrap.php';

global $wpdb;
$forget = static function () use ( $wpdb ) {
	foreach ( $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_eer\\_cdn\\_version\\_%'" ) as $option ) {
		delete_transient( substr( $option, strlen( '_transient_' ) ) );
	}
};
$requests = 0;
add_action(
	'http_api_debug',
	static function () use ( &$requests ) {
		$requests++;
	}
);

$report = array();

// The real API (its cache filled by the page views, then fetched again).
$report['cachedUrl'] = emplois_en_regions_script_url( $args['apiBase'] );
$forget();
$report['fetchedUrl']      = emplois_en_regions_script_url( $args['apiBase'] );
$report['requestsFetched'] = $requests;
emplois_en_regions_script_url( $args['apiBase'] );
$report['requestsCached'] = $requests;
$report['answered']       = emplois_en_regions_cdn_answered( $args['apiBase'] );

// Nothing listens on the closed port: the latest build, and no new try within the retry delay.
$requests                   = 0;
$report['unreachableUrl']   = emplois_en_regions_script_url( $args['closedBase'] );
$report['unreachableAgain'] = emplois_en_regions_script_url( $args['closedBase'] );
$report['requestsUnreachable'] = $requests;
$report['unreachableAnswered'] = emplois_en_regions_cdn_answered( $args['closedBase'] );

// Answers served by a stand-in (pre_http_request, counted there): only a strict version makes a versioned address.
$answer = null;
add_filter(
	'pre_http_request',
	static function () use ( &$answer, &$requests ) {
		$requests++;
		return is_array( $answer ) ? $answer : new WP_Error( 'http_request_failed', 'API unreachable (test)' );
	}
);
$respond = static function ( $status, $body ) {
	return array(
		'headers'  => array(),
		'body'     => $body,
		'response' => array(
			'code'    => $status,
			'message' => '',
		),
		'cookies'  => array(),
		'filename' => null,
	);
};
$standin = 'http://127.0.0.1:9/standin';
$answers = array(
	'prerelease' => $respond( 200, '{"version":"1.2.3-beta.1"}' ),
	'path'       => $respond( 200, '{"version":"../../evil"}' ),
	'short'      => $respond( 200, '{"version":"1.2"}' ),
	'number'     => $respond( 200, '{"version":3}' ),
	'newline'    => $respond( 200, "{\"version\":\"1.2.3\\n\"}" ),
	'html'       => $respond( 200, '<!doctype html><p>Not found</p>' ),
	'notFound'   => $respond( 404, '{"version":"9.9.9"}' ),
);
$report['answers'] = array();
foreach ( $answers as $name => $response ) {
	$forget();
	$answer                     = $response;
	$report['answers'][ $name ] = emplois_en_regions_script_url( $standin );
}

// Stale on error: a known version is kept when the API goes down, retried a few minutes later.
$forget();
$answer = $respond( 200, '{"version":"0.9.0"}' );
emplois_en_regions_script_url( $standin );
$key            = 'eer_cdn_version_' . md5( $standin );
$value          = get_transient( $key );
$value['fetched'] = time() - DAY_IN_SECONDS;
set_transient( $key, $value, WEEK_IN_SECONDS );
$answer   = null;
$requests = 0;
$report['staleUrl']      = emplois_en_regions_script_url( $standin );
$report['staleAgainUrl'] = emplois_en_regions_script_url( $standin );
$report['requestsStale'] = $requests;
$report['staleAnswered'] = emplois_en_regions_cdn_answered( $standin );
$forget();

echo wp_json_encode( $report );
