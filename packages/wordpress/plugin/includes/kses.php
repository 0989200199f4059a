<?php
/**
 * Lets every role that can edit posts keep the widgets' tags. Without this,
 * WordPress (KSES) strips `eer-*` elements from content saved by authors,
 * contributors, and site administrators of a multisite network. `<script>`
 * stays forbidden: the plugin loads the widgets' script itself.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'emplois_en_regions_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'emplois_en_regions_uri_attributes' );

/**
 * The `eer-*` tags and their known attributes, plus the global ones.
 *
 * @param array<string, array<string, bool>>|mixed $allowed Allowed tags and attributes.
 * @param string|mixed                             $context KSES context.
 * @return array<string, array<string, bool>>|mixed
 */
function emplois_en_regions_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	$global = array(
		'id'    => true,
		'class' => true,
		'style' => true,
		'title' => true,
		'dir'   => true,
		'data-*' => true,
	);
	foreach ( emplois_en_regions_widgets() as $widget ) {
		$attributes = array_fill_keys( array_keys( $widget['attributes'] ), true );
		$allowed[ $widget['tag'] ] = array_merge( $global, $attributes );
	}
	$allowed['eer-config'] = array_merge(
		$global,
		array_fill_keys( array_keys( emplois_en_regions_common_attributes() ), true )
	);
	return $allowed;
}

/**
 * URL attributes of the widgets, so KSES drops `javascript:` and other unsafe protocols there.
 *
 * @param string[] $attributes Attributes KSES treats as URLs.
 * @return string[]
 */
function emplois_en_regions_uri_attributes( $attributes ) {
	$attributes[] = 'privacy-url';
	$attributes[] = 'api-base';
	return $attributes;
}
