<?php
/**
 * What every script of test/support starts with: WordPress loaded from the
 * folder given as first argument, as a request to EER_WP_URL would load it,
 * and fail(). A script defines WP_INSTALLING and the like before requiring
 * this file, and requires the admin includes it needs after.
 */
$dir = $argv[1];
$url = parse_url( getenv( 'EER_WP_URL' ) );

// A multisite network's address has no port (wordpress-site.mjs passes none).
$_SERVER['HTTP_HOST']   = $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
$_SERVER['REQUEST_URI'] = '/';
require $dir . '/wp-load.php';

/**
 * Stops with a message on stderr.
 *
 * @param string $message What went wrong.
 */
function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}
