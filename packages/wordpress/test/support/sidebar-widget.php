<?php
/**
 * The sidebars' detection (includes/assets.php) on widgets stored as the
 * Widgets screen stores them, then, with `{"keep": "block"}`, leaves a block
 * widget holding a banner in the classic test theme's sidebar (`{"keep": ""}`
 * removes it).
 *
 * php sidebar-widget.php <wordpress dir> '{"keep": "block"}'
 */
$args = json_decode( $argv[2], true );

require __DIR__ . '/bootstrap.php';

// The classic test theme's area (this CLI request runs the active block theme).
register_sidebar( array( 'id' => 'eer-sidebar' ) );

$saved_sidebars = get_option( 'sidebars_widgets' );
$widgets        = array(
	'block'       => array(
		9001 => array( 'content' => '<!-- wp:emplois-en-regions/event-banner {"layout":"bar"} /-->' ),
		9002 => array( 'content' => '<!-- wp:paragraph --><p>Bienvenue</p><!-- /wp:paragraph -->' ),
	),
	'text'        => array(
		9001 => array( 'text' => 'Écrivez-nous : [eer_contact_form]' ),
		9002 => array( 'text' => 'Rien ici' ),
	),
	'custom_html' => array(
		9001 => array( 'content' => '<eer-region-picker mode="list"></eer-region-picker>' ),
		9002 => array( 'content' => '[eer_contact_form]' ),
	),
);
foreach ( $widgets as $base => $instances ) {
	update_option( 'widget_' . $base, $instances + array( '_multiwidget' => 1 ) );
}
// Outside the admin, wp_get_sidebars_widgets() keeps the option in memory.
$store  = static function ( array $sidebars ) {
	update_option( 'sidebars_widgets', $sidebars );
	$GLOBALS['_wp_sidebars_widgets'] = array();
};
$detect = static function ( array $sidebars ) use ( $store ) {
	$store( $sidebars + array( 'array_version' => 3 ) );
	return emplois_en_regions_sidebars_hold_widget();
};

$report = array(
	'block'              => $detect( array( 'eer-sidebar' => array( 'block-9001' ) ) ),
	'text'               => $detect( array( 'eer-sidebar' => array( 'text-9001' ) ) ),
	'customHtml'         => $detect( array( 'eer-sidebar' => array( 'custom_html-9001' ) ) ),
	'none'               => $detect( array( 'eer-sidebar' => array( 'block-9002', 'text-9002', 'custom_html-9002' ) ) ),
	'inactive'           => $detect( array( 'wp_inactive_widgets' => array( 'block-9001', 'text-9001' ) ) ),
	'unregisteredArea'   => $detect( array( 'other-theme-area' => array( 'block-9001' ) ) ),
	'missingInstance'    => $detect( array( 'eer-sidebar' => array( 'block-12345' ) ) ),
	'blockThemeUpFront'  => null,
);
// The active theme (Twenty Twenty-Three) is a block theme: its pages never show a sidebar.
$detect( array( 'eer-sidebar' => array( 'block-9001' ) ) );
$report['blockThemeUpFront'] = emplois_en_regions_page_has_widgets();

$sidebars = is_array( $saved_sidebars ) ? $saved_sidebars : array( 'array_version' => 3 );
unset( $sidebars['eer-sidebar'] );
if ( 'block' === ( $args['keep'] ?? '' ) ) {
	$sidebars['eer-sidebar'] = array( 'block-9001' );
}
$store( $sidebars );
$report['kept'] = wp_get_sidebars_widgets()['eer-sidebar'] ?? array();

echo wp_json_encode( $report );
