<?php
/**
 * The three widgets and their attributes: the one list the shortcodes, the
 * blocks, the editor's controls and the KSES allowances are built from.
 *
 * Attribute names are the elements' own (packages/widgets/custom-elements.json,
 * a test keeps them equal); shortcodes and blocks write `-` as `_`.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes every widget shares (theme, language, API).
 *
 * @return array<string, array<string, mixed>>
 */
function emplois_en_regions_common_attributes() {
	return array(
		'lang'     => array(
			'type'    => 'enum',
			'options' => array(
				''   => __( 'Site default', 'emplois-en-regions' ),
				'fr' => __( 'French', 'emplois-en-regions' ),
				'en' => __( 'English', 'emplois-en-regions' ),
			),
			'label'   => __( 'Language', 'emplois-en-regions' ),
		),
		'theme'    => array(
			'type'    => 'enum',
			'options' => array(
				''      => __( 'Site default', 'emplois-en-regions' ),
				'light' => __( 'Light', 'emplois-en-regions' ),
				'dark'  => __( 'Dark', 'emplois-en-regions' ),
				'auto'  => __( 'Follow the visitor’s system', 'emplois-en-regions' ),
			),
			'label'   => __( 'Theme', 'emplois-en-regions' ),
		),
		'accent'   => array(
			'type'  => 'color',
			'label' => __( 'Accent color (any CSS color)', 'emplois-en-regions' ),
		),
		'radius'   => array(
			'type'  => 'length',
			'label' => __( 'Corner radius (CSS length, e.g. 4px)', 'emplois-en-regions' ),
		),
		'density'  => array(
			'type'    => 'enum',
			'options' => array(
				''            => __( 'Site default', 'emplois-en-regions' ),
				'compact'     => __( 'Compact', 'emplois-en-regions' ),
				'normal'      => __( 'Normal', 'emplois-en-regions' ),
				'comfortable' => __( 'Comfortable', 'emplois-en-regions' ),
			),
			'label'   => __( 'Density', 'emplois-en-regions' ),
		),
		'api-base' => array(
			'type'     => 'url',
			'label'    => __( 'API address (default: the settings’)', 'emplois-en-regions' ),
			'advanced' => true,
		),
		'api-key'  => array(
			'type'     => 'key',
			'label'    => __( 'Publishable key (default: the settings’)', 'emplois-en-regions' ),
			'advanced' => true,
		),
	);
}

/**
 * The widgets, by block name (`emplois-en-regions/<name>`).
 *
 * @return array<string, array<string, mixed>>
 */
function emplois_en_regions_widgets() {
	$region_from = array(
		'type'  => 'id',
		'label' => __( 'Follow the region picker with this ID', 'emplois-en-regions' ),
	);
	$id          = array(
		'type'  => 'id',
		'label' => __( 'HTML ID (for region_from)', 'emplois-en-regions' ),
	);

	return array(
		'region-picker' => array(
			'tag'         => 'eer-region-picker',
			'shortcode'   => 'eer_region_picker',
			'title'       => __( 'Region picker', 'emplois-en-regions' ),
			'description' => __( 'Lets visitors choose one of Québec’s regions served by Emplois en régions.', 'emplois-en-regions' ),
			'icon'        => 'location-alt',
			'attributes'  => array_merge(
				array(
					'id'           => $id,
					'mode'         => array(
						'type'    => 'enum',
						'options' => array(
							'list'     => __( 'List', 'emplois-en-regions' ),
							'combobox' => __( 'Search field (regions and municipalities)', 'emplois-en-regions' ),
							'map'      => __( 'Map', 'emplois-en-regions' ),
						),
						'label'   => __( 'Display', 'emplois-en-regions' ),
					),
					'scope'        => array(
						'type'    => 'enum',
						'options' => array(
							'served' => __( 'The 15 regions the program serves', 'emplois-en-regions' ),
							'all'    => __( 'All 17 regions', 'emplois-en-regions' ),
						),
						'label'   => __( 'Regions offered', 'emplois-en-regions' ),
					),
					'regions'      => array(
						'type'  => 'regions',
						'label' => __( 'Only these regions (codes, e.g. 05,17)', 'emplois-en-regions' ),
					),
					'detail'       => array(
						'type'    => 'enum',
						'options' => array(
							'region'       => __( 'Region', 'emplois-en-regions' ),
							'mrc'          => __( 'Region, then MRC', 'emplois-en-regions' ),
							'municipality' => __( 'Region, MRC, then municipality', 'emplois-en-regions' ),
						),
						'label'   => __( 'Choose down to', 'emplois-en-regions' ),
					),
					'multiple'     => array(
						'type'  => 'boolean',
						'label' => __( 'Several regions may be chosen', 'emplois-en-regions' ),
					),
					'value'        => array(
						'type'  => 'regions',
						'label' => __( 'Region chosen at first (code)', 'emplois-en-regions' ),
					),
					'mrc'          => array(
						'type'     => 'code',
						'label'    => __( 'MRC chosen at first (code)', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'municipality' => array(
						'type'     => 'code',
						'label'    => __( 'Municipality chosen at first (code)', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'required'     => array(
						'type'     => 'boolean',
						'label'    => __( 'A choice is required (inside a form)', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'disabled'     => array(
						'type'     => 'boolean',
						'label'    => __( 'Disabled', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'name'         => array(
						'type'     => 'text',
						'label'    => __( 'Form field name', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'label'        => array(
						'type'  => 'text',
						'label' => __( 'Visible label (default « Région », « Région ou municipalité » in a combobox)', 'emplois-en-regions' ),
					),
				),
				emplois_en_regions_common_attributes()
			),
		),
		'event-banner'  => array(
			'tag'         => 'eer-event-banner',
			'shortcode'   => 'eer_event_banner',
			'title'       => __( 'Event banner', 'emplois-en-regions' ),
			'description' => __( 'Upcoming Emplois en régions events for a region, with registration and calendar links.', 'emplois-en-regions' ),
			'icon'        => 'calendar-alt',
			'attributes'  => array_merge(
				array(
					'id'          => $id,
					'layout'      => array(
						'type'    => 'enum',
						'options' => array(
							'bar'  => __( 'Bar (the next event)', 'emplois-en-regions' ),
							'card' => __( 'Card', 'emplois-en-regions' ),
							'list' => __( 'List', 'emplois-en-regions' ),
						),
						'label'   => __( 'Layout', 'emplois-en-regions' ),
					),
					'region'      => array(
						'type'  => 'region',
						'label' => __( 'Region (code 01 to 17; none: every region)', 'emplois-en-regions' ),
					),
					'region-from' => $region_from,
					'type'        => array(
						'type'    => 'enum',
						'options' => array(
							''                 => __( 'Every type', 'emplois-en-regions' ),
							'forum'            => __( 'Forum', 'emplois-en-regions' ),
							'webinar'          => __( 'Webinar', 'emplois-en-regions' ),
							'info-session'     => __( 'Information session', 'emplois-en-regions' ),
							'job-fair'         => __( 'Job fair', 'emplois-en-regions' ),
							'exploratory-stay' => __( 'Exploratory stay', 'emplois-en-regions' ),
						),
						'label'   => __( 'Event type', 'emplois-en-regions' ),
					),
					'limit'       => array(
						'type'  => 'integer',
						'min'   => 1,
						'max'   => 100,
						'label' => __( 'How many events at most (default 3)', 'emplois-en-regions' ),
					),
					'dismissible' => array(
						'type'  => 'boolean',
						'label' => __( 'Visitors can dismiss it', 'emplois-en-regions' ),
					),
					'empty'       => array(
						'type'    => 'enum',
						'options' => array(
							'hide'    => __( 'Hide the banner', 'emplois-en-regions' ),
							'message' => __( 'Show a message', 'emplois-en-regions' ),
						),
						'label'   => __( 'When no event is planned', 'emplois-en-regions' ),
					),
					'no-structured-data' => array(
						'type'     => 'boolean',
						'label'    => __( 'Leave out the events’ data for search engines (schema.org)', 'emplois-en-regions' ),
						'advanced' => true,
					),
				),
				emplois_en_regions_common_attributes()
			),
		),
		'contact-form'  => array(
			'tag'         => 'eer-advisor-contact-form',
			'shortcode'   => 'eer_contact_form',
			'title'       => __( 'Advisor contact form', 'emplois-en-regions' ),
			'description' => __( 'Lets visitors write to an Emplois en régions advisor of a region.', 'emplois-en-regions' ),
			'icon'        => 'email-alt',
			'attributes'  => array_merge(
				array(
					'id'          => $id,
					'region'      => array(
						'type'  => 'regions',
						'label' => __( 'Region(s) fixed (codes, e.g. 04 or 04,17)', 'emplois-en-regions' ),
					),
					'region-from' => $region_from,
					'advisor'     => array(
						'type'     => 'code',
						'label'    => __( 'Advisor ID (adv_…)', 'emplois-en-regions' ),
						'advanced' => true,
					),
					'privacy-url' => array(
						'type'  => 'url',
						'label' => __( 'Address of your privacy policy (required by Law 25)', 'emplois-en-regions' ),
					),
					'heading'       => array(
						'type'  => 'text',
						'label' => __( 'Heading above the form (none by default)', 'emplois-en-regions' ),
					),
					'heading-level' => array(
						'type'     => 'integer',
						'min'      => 1,
						'max'      => 6,
						'label'    => __( 'Level of that heading (1 to 6, default 2)', 'emplois-en-regions' ),
						'advanced' => true,
					),
				),
				emplois_en_regions_common_attributes()
			),
		),
	);
}

/**
 * Normalizes one attribute value, or null when it is invalid or empty (the
 * attribute is then left out).
 *
 * @param array<string, mixed> $spec  The attribute's entry in emplois_en_regions_widgets().
 * @param mixed                $value As given by a shortcode or a block.
 * @return string|int|bool|null
 */
function emplois_en_regions_clean_attribute( array $spec, $value ) {
	if ( 'boolean' === $spec['type'] ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$value = strtolower( trim( (string) $value ) );
		return in_array( $value, array( '', '0', 'false', 'no', 'off' ), true ) ? null : true;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	$patterns = array(
		'id'      => '/^[A-Za-z][A-Za-z0-9_:.-]{0,99}$/',
		'region'  => '/^(0[1-9]|1[0-7])$/',
		'regions' => '/^(0[1-9]|1[0-7])(,(0[1-9]|1[0-7]))*$/',
		'code'    => '/^[A-Za-z0-9_-]{1,64}$/',
		'key'     => '/^pk_[A-Za-z0-9_]{1,200}$/',
		// Any CSS color or length: a conservative alphabet, no quotes, no semicolons.
		'color'   => '/^[#A-Za-z0-9(),.%\/ +-]{1,64}$/',
		'length'  => '/^[A-Za-z0-9(),.%\/ *+-]{1,64}$/',
	);
	switch ( $spec['type'] ) {
		case 'enum':
			return ( isset( $spec['options'][ $value ] ) && '' !== $value ) ? $value : null;
		case 'integer':
			if ( ! preg_match( '/^\d+$/', $value ) ) {
				return null;
			}
			$number = (int) $value;
			return ( $number >= $spec['min'] && $number <= $spec['max'] ) ? $number : null;
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'text':
			$text = sanitize_text_field( $value );
			return '' === $text ? null : $text;
		default:
			return preg_match( $patterns[ $spec['type'] ], $value ) ? $value : null;
	}
}

/**
 * Keeps the known attributes of a widget, cleaned. Keys may be written with
 * `_` (shortcodes, blocks) or `-`; unknown keys are ignored.
 *
 * @param string               $name  Widget name (`event-banner`…).
 * @param array<int|string, mixed> $given Raw attributes.
 * @return array<string, string|int|bool> By element attribute name.
 */
function emplois_en_regions_clean_attributes( $name, array $given ) {
	$widgets = emplois_en_regions_widgets();
	$specs   = $widgets[ $name ]['attributes'];
	$clean   = array();
	foreach ( $given as $key => $value ) {
		// A shortcode's valueless attribute (`[eer_event_banner dismissible]`) arrives as a numbered value.
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$attribute = str_replace( '_', '-', strtolower( (string) $key ) );
		if ( ! isset( $specs[ $attribute ] ) ) {
			continue;
		}
		$cleaned = emplois_en_regions_clean_attribute( $specs[ $attribute ], $value );
		if ( null !== $cleaned ) {
			$clean[ $attribute ] = $cleaned;
		}
	}
	return $clean;
}
