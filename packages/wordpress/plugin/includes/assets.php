<?php
/**
 * The widgets' script: loaded from the API's CDN as a module, once, only on
 * pages that hold a widget (a shortcode, a block, or `eer-*` tags pasted in
 * the content), with one `<eer-config>` from the settings.
 *
 * When the page is known to hold a widget before `<head>` is printed (its
 * post's content, the sidebars of a classic theme, or a block theme, which
 * renders the page before its head), the script goes in `<head>` with
 * `blocking="render"`: the page first shows with the widgets in place, and
 * nothing below them moves when they appear. A widget found later (rendered
 * after the head) gets the script in the footer, as before.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

const EMPLOIS_EN_REGIONS_SCRIPT = 'emplois-en-regions-widgets';

add_action( 'wp_enqueue_scripts', 'emplois_en_regions_enqueue_known_widgets' );
add_filter( 'script_loader_tag', 'emplois_en_regions_module_tag', 10, 2 );
// After shortcodes (11) and blocks (9): catches tags pasted as HTML (a « HTML personnalisé » block).
add_filter( 'the_content', 'emplois_en_regions_detect_tags', 20 );
add_filter( 'widget_text_content', 'emplois_en_regions_detect_tags', 20 );
add_filter( 'widget_custom_html_content', 'emplois_en_regions_detect_tags', 20 );
add_filter( 'widget_block_content', 'emplois_en_regions_detect_tags', 20 );

/**
 * Marks the page as holding a widget: enqueues the script (in `<head>` while
 * it is not printed yet, else in the footer) and prints `<eer-config>` in the
 * footer, once.
 *
 * @param bool $known_up_front Called from `wp_enqueue_scripts` (inside `wp_head`, before the head's scripts).
 */
function emplois_en_regions_use_widgets( $known_up_front = false ) {
	static $used = false;
	if ( $used || is_admin() || wp_is_json_request() ) {
		return;
	}
	$used     = true;
	$api_base = emplois_en_regions_settings()['api_base'];
	if ( '' !== $api_base ) {
		// No query string: the address names the version itself (cdn.php).
		$url = emplois_en_regions_script_url( $api_base );
		// In <head> (render-blocking) only while the API answers: a hanging host must not blank the page.
		$in_head   = ( $known_up_front || 0 === did_action( 'wp_head' ) ) && emplois_en_regions_cdn_answered( $api_base );
		$in_footer = ! $in_head;
		wp_register_script( EMPLOIS_EN_REGIONS_SCRIPT, $url, array(), null, $in_footer ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
		wp_enqueue_script( EMPLOIS_EN_REGIONS_SCRIPT );
	}
	add_action( 'wp_footer', 'emplois_en_regions_print_config', 5 );
}

/** Loads the widgets in `<head>` when the page is known to hold one before it is rendered. */
function emplois_en_regions_enqueue_known_widgets() {
	if ( emplois_en_regions_page_has_widgets() ) {
		emplois_en_regions_use_widgets( true );
	}
}

/**
 * Whether the page, before it is rendered, is known to hold a widget: the
 * content of a singular view, or (classic themes) a widget of an active sidebar.
 *
 * @return bool
 */
function emplois_en_regions_page_has_widgets() {
	if ( is_singular() ) {
		$post = get_queried_object();
		if ( $post instanceof WP_Post && ! post_password_required( $post ) && emplois_en_regions_holds_widget( $post->post_content ) ) {
			return true;
		}
	}
	// A block theme shows no sidebar (and renders its templates before the head anyway).
	return ! wp_is_block_theme() && emplois_en_regions_sidebars_hold_widget();
}

/**
 * Whether a sidebar of the theme (not the inactive widgets) holds a block,
 * Text or Custom HTML widget with a widget in it. Themes may leave a sidebar out of some
 * templates: such a page then loads the script without showing a widget.
 *
 * @return bool
 */
function emplois_en_regions_sidebars_hold_widget() {
	$fields = array(
		'block'       => 'content',
		'text'        => 'text',
		'custom_html' => 'content',
	);
	foreach ( wp_get_sidebars_widgets() as $sidebar => $widget_ids ) {
		if ( 'wp_inactive_widgets' === $sidebar || ! is_registered_sidebar( $sidebar ) || ! is_array( $widget_ids ) ) {
			continue;
		}
		foreach ( $widget_ids as $widget_id ) {
			if ( ! is_string( $widget_id ) || ! preg_match( '/^(block|text|custom_html)-(\d+)$/', $widget_id, $match ) ) {
				continue;
			}
			$instances = get_option( 'widget_' . $match[1] );
			$instance  = is_array( $instances ) ? ( $instances[ (int) $match[2] ] ?? null ) : null;
			$field     = $fields[ $match[1] ];
			if ( ! is_array( $instance ) || ! isset( $instance[ $field ] ) || ! is_string( $instance[ $field ] ) ) {
				continue;
			}
			// A Custom HTML widget runs no shortcode: only its pasted tags count.
			$holds = 'custom_html' === $match[1]
				? false !== stripos( $instance[ $field ], '<eer-' )
				: emplois_en_regions_holds_widget( $instance[ $field ] );
			if ( $holds ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether saved content holds a widget: a shortcode, a block, or pasted `eer-*` tags.
 *
 * @param mixed $content Post content or a widget's text.
 * @return bool
 */
function emplois_en_regions_holds_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== stripos( $content, '<eer-' ) ) {
		return true;
	}
	foreach ( emplois_en_regions_widgets() as $name => $widget ) {
		if ( has_block( 'emplois-en-regions/' . $name, $content ) || has_shortcode( $content, $widget['shortcode'] ) ) {
			return true;
		}
	}
	return false;
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
 * `type="module"` on the widgets' script (WordPress 6.1 has no module API),
 * and `blocking="render"` when it is in `<head>` (the attribute works there only).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 * @return string
 */
function emplois_en_regions_module_tag( $tag, $handle ) {
	if ( EMPLOIS_EN_REGIONS_SCRIPT !== $handle ) {
		return $tag;
	}
	$in_head = ! wp_scripts()->get_data( $handle, 'group' );
	$tag     = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"' . ( $in_head ? ' blocking="render"' : '' ), $tag, 1 );
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
