<?php
/**
 * Installs WordPress (fr_FR) in the test's folder, like the installer's last
 * step does: php install.php <wordpress dir> <admin password>.
 */
$dir      = $argv[1];
$password = $argv[2];
$url      = parse_url( getenv( 'EER_WP_URL' ) );

$_SERVER['HTTP_HOST']   = $url['host'] . ':' . $url['port'];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'MRC de l’Exemple', 'admin', 'admin@example.org', false, '', wp_slash( $password ), 'fr_FR' );
echo wp_json_encode(
	array(
		'userId'  => $result['user_id'],
		'version' => get_bloginfo( 'version' ),
		'locale'  => get_option( 'WPLANG' ),
	)
);
