<?php
/**
 * The markup shortcodes and blocks produce: the element with its whitelisted
 * attributes, holding fallback content that shows until the widget renders
 * (the widgets' shadow root has no slot, so it is hidden then).
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

/**
 * Markup of one widget; loads the widgets' script on the page.
 *
 * @param string                   $name  Widget name (`region-picker`, `event-banner`, `contact-form`).
 * @param array<int|string, mixed> $given Attributes from a shortcode or a block.
 * @return string
 */
function emplois_en_regions_render_widget( $name, array $given ) {
	$widgets = emplois_en_regions_widgets();
	if ( ! isset( $widgets[ $name ] ) ) {
		return '';
	}
	$tag        = $widgets[ $name ]['tag'];
	$attributes = emplois_en_regions_clean_attributes( $name, $given );

	$html = '<' . $tag;
	foreach ( $attributes as $attribute => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $attribute;
		} elseif ( in_array( $attribute, array( 'privacy-url', 'api-base' ), true ) ) {
			$html .= ' ' . $attribute . '="' . esc_url( (string) $value ) . '"';
		} else {
			$html .= ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	$html .= '>' . emplois_en_regions_fallback( $name, $attributes ) . '</' . $tag . '>';

	emplois_en_regions_use_widgets();
	return $html;
}

/**
 * What a visitor sees without the script (or before it runs).
 *
 * @param string                          $name       Widget name.
 * @param array<string, string|int|bool> $attributes Cleaned attributes.
 * @return string
 */
function emplois_en_regions_fallback( $name, array $attributes ) {
	$lang = isset( $attributes['lang'] ) ? (string) $attributes['lang'] : emplois_en_regions_language();
	if ( 'event-banner' === $name ) {
		return emplois_en_regions_events_fallback( $attributes, $lang );
	}
	$text = 'contact-form' === $name
		? __( 'Write to an Emplois en régions advisor', 'emplois-en-regions' )
		: __( 'Discover the regions of Québec with Emplois en régions', 'emplois-en-regions' );
	return emplois_en_regions_fallback_link( $text );
}

/**
 * A fallback paragraph: a link to the program's page when one is set, else the text alone.
 *
 * @param string $text Already translated text.
 * @return string
 */
function emplois_en_regions_fallback_link( $text ) {
	$url = emplois_en_regions_program_url();
	if ( '' === $url ) {
		return '<p class="eer-fallback">' . esc_html( $text ) . '</p>';
	}
	return '<p class="eer-fallback"><a href="' . esc_url( $url ) . '">' . esc_html( $text ) . '</a></p>';
}

/**
 * The banner's fallback: the next events, fetched on the server.
 *
 * @param array<string, string|int|bool> $attributes Cleaned attributes of the banner.
 * @param string                          $lang       `fr` or `en`: which title to show.
 * @return string
 */
function emplois_en_regions_events_fallback( array $attributes, $lang ) {
	$events = emplois_en_regions_upcoming_events(
		array(
			'region' => (string) ( $attributes['region'] ?? '' ),
			'type'   => (string) ( $attributes['type'] ?? '' ),
			'limit'  => (int) ( $attributes['limit'] ?? 3 ),
		)
	);
	if ( null === $events ) {
		return emplois_en_regions_fallback_link( __( 'Emplois en régions events', 'emplois-en-regions' ) );
	}
	if ( ! $events ) {
		return ( 'message' === ( $attributes['empty'] ?? '' ) )
			? '<p class="eer-fallback">' . esc_html__( 'No upcoming events for now.', 'emplois-en-regions' ) . '</p>'
			: '';
	}
	$zone  = new DateTimeZone( 'America/Toronto' );
	$items = '';
	foreach ( $events as $event ) {
		$title = '' !== $event['title'][ $lang ] ? $event['title'][ $lang ] : $event['title']['fr'];
		$title = '' !== $event['url']
			? '<a href="' . esc_url( $event['url'] ) . '">' . esc_html( $title ) . '</a>'
			: esc_html( $title );
		/* translators: date and time of an event, a PHP date() format; in French « j F Y, G \h i » gives « 3 octobre 2024, 9 h 00 ». */
		$when  = wp_date( __( 'F j, Y, g:i a', 'emplois-en-regions' ), (int) $event['start'], $zone );
		$where = 'online' === $event['format'] ? __( 'Online', 'emplois-en-regions' ) : $event['municipality'];
		$items .= '<li>' . $title . ' — <time datetime="' . esc_attr( gmdate( 'c', (int) $event['start'] ) ) . '">' . esc_html( (string) $when ) . '</time>'
			. ( '' !== $where ? ' · ' . esc_html( $where ) : '' ) . '</li>';
	}
	return '<div class="eer-fallback"><p><strong>' . esc_html__( 'Upcoming events', 'emplois-en-regions' ) . '</strong></p><ul>' . $items . '</ul></div>';
}
