<?php
/**
 * Installs WordPress (fr_FR) in the test's folder, like the installer's last
 * step does: php install.php <wordpress dir> <admin password>.
 */
$password = $argv[2];

define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'MRC de l’Exemple', 'admin', 'admin@example.org', false, '', wp_slash( $password ), 'fr_FR' );
echo wp_json_encode(
	array(
		'userId'  => $result['user_id'],
		'version' => get_bloginfo( 'version' ),
		'locale'  => get_option( 'WPLANG' ),
	)
);
