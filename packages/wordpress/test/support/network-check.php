<?php
/**
 * On the multisite network where network-activate.php activated the plugin:
 * a second site whose administrator (no unfiltered_html on a network) saves
 * a pasted snippet and a shortcode; each site keeps its own settings.
 *
 * php network-check.php <wordpress dir> '{"apiBase": "..."}'
 */
$args = json_decode( $argv[2], true );

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$plugin = 'emplois-en-regions/emplois-en-regions.php';
if ( ! function_exists( 'emplois_en_regions_settings' ) ) {
	fail( 'The network-activated plugin is not loaded' );
}

$site_admin = wp_insert_user(
	array(
		'user_login' => 'admin-site2',
		'user_pass'  => wp_generate_password(),
		'user_email' => 'admin-site2@example.org',
	)
);
$site_id    = wpmu_create_blog( 'localhost', '/site2/', 'MRC voisine', 1 );
if ( is_wp_error( $site_admin ) || is_wp_error( $site_id ) ) {
	fail( 'Could not create the second site or its administrator' );
}
add_user_to_blog( $site_id, $site_admin, 'administrator' );

switch_to_blog( $site_id );
// Emplois en régions' code runs on this site because of the network activation.
update_option(
	'emplois_en_regions',
	array(
		'api_base' => $args['apiBase'],
		'api_key'  => 'pk_test_demo',
	)
);
wp_set_current_user( $site_admin );
$snippet = '<script type="module" src="' . $args['apiBase'] . '/cdn/eer-widgets.js"></script>'
	. '<eer-region-picker id="region" mode="combobox"></eer-region-picker>'
	. '<eer-event-banner layout="card" region-from="region"></eer-event-banner>';
$post_id = wp_insert_post(
	wp_slash(
		array(
			'post_title'   => 'Extrait collé',
			'post_content' => $snippet . "\n\n[eer_event_banner layout=\"list\" region=\"05\"]",
			'post_status'  => 'publish',
		)
	),
	true
);
if ( is_wp_error( $post_id ) ) {
	fail( $post_id->get_error_message() );
}
$stored   = get_post( $post_id )->post_content;
$rendered = apply_filters( 'the_content', $stored );
$report   = array(
	'networkActive'         => is_plugin_active_for_network( $plugin ),
	'siteAdminUnfiltered'   => current_user_can( 'unfiltered_html' ),
	'stored'                => $stored,
	'rendered'              => $rendered,
	'siteSettings'          => emplois_en_regions_settings()['api_base'],
);
restore_current_blog();
$report['mainSiteSettings'] = emplois_en_regions_settings()['api_base'];

echo wp_json_encode( $report );
