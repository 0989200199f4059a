<?php
/**
 * The widgets' script: loaded from the API's CDN as a module, once, only on
 * pages that hold a widget (a shortcode, a block, or `eer-*` tags pasted in
 * the content), with one `<eer-config>` from the settings.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

const EMPLOIS_EN_REGIONS_SCRIPT = 'emplois-en-regions-widgets';

add_action( 'init', 'emplois_en_regions_register_script' );
add_filter( 'script_loader_tag', 'emplois_en_regions_module_tag', 10, 2 );
// After shortcodes (11) and blocks (9): catches tags pasted as HTML (a « HTML personnalisé » block).
add_filter( 'the_content', 'emplois_en_regions_detect_tags', 20 );
add_filter( 'widget_text_content', 'emplois_en_regions_detect_tags', 20 );
add_filter( 'widget_block_content', 'emplois_en_regions_detect_tags', 20 );

/** Registers the script (enqueued later, when a widget is on the page). */
function emplois_en_regions_register_script() {
	$api_base = emplois_en_regions_settings()['api_base'];
	if ( '' === $api_base ) {
		return;
	}
	// No version query: the CDN URL is the latest build, cached briefly with an ETag.
	wp_register_script( EMPLOIS_EN_REGIONS_SCRIPT, $api_base . '/cdn/eer-widgets.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
}

/**
 * Marks the page as holding a widget: enqueues the script and prints
 * `<eer-config>` in the footer, once.
 */
function emplois_en_regions_use_widgets() {
	static $used = false;
	if ( $used || is_admin() || wp_is_json_request() ) {
		return;
	}
	$used = true;
	if ( wp_script_is( EMPLOIS_EN_REGIONS_SCRIPT, 'registered' ) ) {
		wp_enqueue_script( EMPLOIS_EN_REGIONS_SCRIPT );
	}
	add_action( 'wp_footer', 'emplois_en_regions_print_config', 5 );
}

/**
 * Loads the widgets for content holding `eer-*` tags.
 *
 * @param string $content Rendered content.
 * @return string Unchanged.
 */
function emplois_en_regions_detect_tags( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<eer-' ) ) {
		emplois_en_regions_use_widgets();
	}
	return $content;
}

/**
 * `type="module"` on the widgets' script (WordPress 6.1 has no module API).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 * @return string
 */
function emplois_en_regions_module_tag( $tag, $handle ) {
	if ( EMPLOIS_EN_REGIONS_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/** One `<eer-config>` for the page, from the settings. */
function emplois_en_regions_print_config() {
	$settings   = emplois_en_regions_settings();
	$attributes = array(
		'api-base' => $settings['api_base'],
		'api-key'  => $settings['api_key'],
		'lang'     => emplois_en_regions_language(),
		'theme'    => $settings['theme'],
		'accent'   => $settings['accent'],
	);
	$html       = '<eer-config';
	foreach ( array_filter( $attributes, 'strlen' ) as $name => $value ) {
		$html .= ' ' . $name . '="' . ( 'api-base' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	echo $html . '></eer-config>' . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
}
