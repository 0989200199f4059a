<?php
/**
 * After the install: the users the test acts as (with application passwords
 * for the REST API, as the block editor's requests are), and the plugin
 * installed from its zip through WordPress's own upgrader (what « Téléverser
 * une extension » runs), then activated.
 *
 * php prepare.php <wordpress dir> <zip copy> <user password>
 */
$zip      = $argv[2];
$password = $argv[3];

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_set_current_user( 1 );
$users = array( 'admin' => array( 'id' => 1 ) );
foreach ( array( 'editor' => 'editrice', 'author' => 'auteur', 'contributor' => 'contributrice' ) as $role => $login ) {
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( $id->get_error_message() );
	}
	$users[ $role ] = array(
		'id'    => $id,
		'login' => $login,
	);
}
$users['admin']['login'] = 'admin';
foreach ( $users as $role => $user ) {
	$created = WP_Application_Passwords::create_new_application_password( $user['id'], array( 'name' => 'test' ) );
	if ( is_wp_error( $created ) ) {
		fail( $created->get_error_message() );
	}
	$users[ $role ]['appPassword'] = $created[0];
}

$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result   = $upgrader->install( $zip );
if ( true !== $result ) {
	fail( 'Plugin install failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : implode( "\n", $upgrader->skin->get_upgrade_messages() ) ) );
}
$plugin = $upgrader->plugin_info();
$active = activate_plugin( $plugin );
if ( is_wp_error( $active ) ) {
	fail( 'Plugin activation failed: ' . $active->get_error_message() );
}
$data = get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin, false, false );

echo wp_json_encode(
	array(
		'users'  => $users,
		'plugin' => array(
			'file'    => $plugin,
			'name'    => $data['Name'],
			'version' => $data['Version'],
			'active'  => is_plugin_active( $plugin ),
		),
		'php'    => PHP_VERSION,
		'wp'     => get_bloginfo( 'version' ),
		'theme'  => get_stylesheet(),
	)
);
