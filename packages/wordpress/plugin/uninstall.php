<?php
/**
 * Removes the plugin's data: its option, cached events and the CDN's version, on every site of a network.
 *
 * @package EmploisEnRegions
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes one site's data. */
function emplois_en_regions_uninstall_site() {
	global $wpdb;
	delete_option( 'emplois_en_regions' );
	// Cached events and the CDN's version (includes/events.php, includes/cdn.php).
	foreach ( array( 'eer_events_', 'eer_cdn_version_' ) as $prefix ) {
		$like         = $wpdb->esc_like( '_transient_' . $prefix ) . '%';
		$like_timeout = $wpdb->esc_like( '_transient_timeout_' . $prefix ) . '%';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients have no delete-by-prefix API.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $like_timeout ) );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		emplois_en_regions_uninstall_site();
		restore_current_blog();
	}
} else {
	emplois_en_regions_uninstall_site();
}
