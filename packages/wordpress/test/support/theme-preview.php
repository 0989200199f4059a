<?php
/**
 * Must-use plugin of the test (copied into wp-content/mu-plugins): a request
 * with `eer_classic=1` is served by the classic test theme (support/classic-theme,
 * copied as themes/eer-classic), the way WordPress previews a theme; any
 * other request keeps the active block theme.
 */
if ( isset( $_GET['eer_classic'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only switch of a test.
	$eer_classic = static function () {
		return 'eer-classic';
	};
	add_filter( 'stylesheet', $eer_classic );
	add_filter( 'template', $eer_classic );
}
