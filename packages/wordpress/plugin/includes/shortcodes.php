<?php
/**
 * `[eer_region_picker]`, `[eer_event_banner]`, `[eer_contact_form]`: the
 * elements' attributes with `-` written `_` (`region_from="region"`).
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'emplois_en_regions_register_shortcodes' );

/** One shortcode per widget. */
function emplois_en_regions_register_shortcodes() {
	foreach ( emplois_en_regions_widgets() as $name => $widget ) {
		add_shortcode(
			$widget['shortcode'],
			static function ( $atts ) use ( $name ) {
				return emplois_en_regions_render_widget( $name, is_array( $atts ) ? $atts : array() );
			}
		);
	}
}
