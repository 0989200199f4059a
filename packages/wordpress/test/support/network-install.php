<?php
/**
 * Turns the installed site into a multisite network (subdirectories), as
 * Outils → Configuration du réseau does: php network-install.php <wordpress dir>
 */
define( 'WP_INSTALLING_NETWORK', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// As wp-admin/network.php does: the network tables' names, unset on a single site.
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
	$wpdb->$table = $prefixed_table;
}
install_network();
$result = populate_network( 1, 'localhost', 'admin@example.org', 'Réseau de l’Exemple', '/', false );
if ( is_wp_error( $result ) ) {
	fail( $result->get_error_message() );
}
echo wp_json_encode( array( 'network' => true ) );
