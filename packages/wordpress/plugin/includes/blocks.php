<?php
/**
 * Dynamic blocks `emplois-en-regions/region-picker`, `/event-banner`,
 * `/contact-form`: rendered on the server like the shortcodes; the editor
 * script (assets/blocks.js, plain JavaScript, no build step) draws their
 * inspector controls from the same attribute list.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

const EMPLOIS_EN_REGIONS_EDITOR_SCRIPT = 'emplois-en-regions-blocks';

add_action( 'init', 'emplois_en_regions_register_blocks' );
add_action( 'enqueue_block_editor_assets', 'emplois_en_regions_add_editor_data' );

/** Gives the editor script its data (only in the editor: it holds every translated label). */
function emplois_en_regions_add_editor_data() {
	wp_add_inline_script(
		EMPLOIS_EN_REGIONS_EDITOR_SCRIPT,
		'window.emploisEnRegionsBlocks = ' . wp_json_encode( emplois_en_regions_editor_data() ) . ';',
		'before'
	);
}

/**
 * Block attribute definitions for one widget (underscored names, as in the shortcodes).
 *
 * @param array<string, array<string, mixed>> $specs Attribute specs of the widget.
 * @return array<string, array<string, string>>
 */
function emplois_en_regions_block_attributes( array $specs ) {
	$attributes = array();
	foreach ( $specs as $attribute => $spec ) {
		$type = 'string';
		if ( 'boolean' === $spec['type'] ) {
			$type = 'boolean';
		} elseif ( 'integer' === $spec['type'] ) {
			$type = 'integer';
		}
		$attributes[ str_replace( '-', '_', $attribute ) ] = array( 'type' => $type );
	}
	return $attributes;
}

/**
 * What the editor script needs: names, titles, controls.
 *
 * @return array<string, mixed>
 */
function emplois_en_regions_editor_data() {
	$blocks = array();
	foreach ( emplois_en_regions_widgets() as $name => $widget ) {
		$controls = array();
		foreach ( $widget['attributes'] as $attribute => $spec ) {
			$control = array(
				'name'     => str_replace( '-', '_', $attribute ),
				'type'     => $spec['type'],
				'label'    => $spec['label'],
				'advanced' => ! empty( $spec['advanced'] ),
			);
			if ( isset( $spec['options'] ) ) {
				$control['options'] = array();
				if ( ! isset( $spec['options'][''] ) ) {
					$control['options'][] = array(
						'value' => '',
						'label' => __( 'Widget default', 'emplois-en-regions' ),
					);
				}
				foreach ( $spec['options'] as $value => $label ) {
					$control['options'][] = array(
						'value' => (string) $value,
						'label' => $label,
					);
				}
			}
			if ( isset( $spec['min'] ) ) {
				$control['min'] = $spec['min'];
				$control['max'] = $spec['max'];
			}
			$controls[] = $control;
		}
		$blocks[] = array(
			'name'        => 'emplois-en-regions/' . $name,
			'title'       => $widget['title'],
			'description' => $widget['description'],
			'icon'        => $widget['icon'],
			'attributes'  => emplois_en_regions_block_attributes( $widget['attributes'] ),
			'controls'    => $controls,
		);
	}
	return array(
		'blocks' => $blocks,
		'i18n'   => array(
			'settings' => __( 'Settings', 'emplois-en-regions' ),
			'advanced' => __( 'Advanced', 'emplois-en-regions' ),
			'preview'  => __( 'The widget shows on the published page; here, its content for visitors without JavaScript.', 'emplois-en-regions' ),
		),
	);
}

/** Registers the editor script and the three blocks. */
function emplois_en_regions_register_blocks() {
	wp_register_script(
		EMPLOIS_EN_REGIONS_EDITOR_SCRIPT,
		plugins_url( 'assets/blocks.js', EMPLOIS_EN_REGIONS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		EMPLOIS_EN_REGIONS_VERSION,
		true
	);
	foreach ( emplois_en_regions_widgets() as $name => $widget ) {
		register_block_type(
			'emplois-en-regions/' . $name,
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'icon'            => $widget['icon'],
				'textdomain'      => 'emplois-en-regions',
				'editor_script'   => EMPLOIS_EN_REGIONS_EDITOR_SCRIPT,
				'attributes'      => emplois_en_regions_block_attributes( $widget['attributes'] ),
				'supports'        => array( 'html' => false ),
				'render_callback' => static function ( $attributes ) use ( $name ) {
					return emplois_en_regions_render_widget( $name, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}
