<?php
/**
 * Removes the plugin's data: its option and cached events, on every site of a network.
 *
 * @package EmploisEnRegions
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes one site's data. */
function emplois_en_regions_uninstall_site() {
	global $wpdb;
	delete_option( 'emplois_en_regions' );
	$like = $wpdb->esc_like( '_transient_eer_events_' ) . '%';
	$like_timeout = $wpdb->esc_like( '_transient_timeout_eer_events_' ) . '%';
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients have no delete-by-prefix API.
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $like_timeout ) );
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
