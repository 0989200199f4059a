<?php
/**
 * The plugin installed from the zip by the network's super admin and
 * network-activated: php network-activate.php <wordpress dir> '{"zip": "..."}'
 */
$args = json_decode( $argv[2], true );

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_set_current_user( 1 );
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
if ( true !== $upgrader->install( $args['zip'] ) ) {
	fail( 'Plugin install failed: ' . implode( "\n", $upgrader->skin->get_upgrade_messages() ) );
}
$plugin = $upgrader->plugin_info();
$active = activate_plugin( $plugin, '', true );
if ( is_wp_error( $active ) ) {
	fail( 'Network activation failed: ' . $active->get_error_message() );
}

echo wp_json_encode( array( 'plugin' => $plugin ) );
