<?php
/**
 * Réglages → Emplois en régions: API address, publishable key, default
 * language, theme and accent, stored in one option.
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

const EMPLOIS_EN_REGIONS_OPTION = 'emplois_en_regions';

/**
 * Where the fallback content of the picker and the form points when the
 * site does not set its own page.
 */
// No default address: the program's public page could not be confirmed, and a wrong link
// on a partner's site is worse than none. Unset, the fallback is text without a link.
const EMPLOIS_EN_REGIONS_DEFAULT_PROGRAM_URL = '';

add_action( 'admin_menu', 'emplois_en_regions_add_settings_page' );
add_action( 'admin_init', 'emplois_en_regions_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( EMPLOIS_EN_REGIONS_FILE ), 'emplois_en_regions_action_links' );

/**
 * The settings, with defaults for what is not saved yet.
 *
 * @return array{api_base: string, api_key: string, lang: string, theme: string, accent: string, program_url: string}
 */
function emplois_en_regions_settings() {
	$defaults = array(
		'api_base'    => '',
		'api_key'     => '',
		'lang'        => '',
		'theme'       => '',
		'accent'      => '',
		'program_url' => '',
	);
	$saved    = get_option( EMPLOIS_EN_REGIONS_OPTION, array() );
	return array_merge( $defaults, array_intersect_key( is_array( $saved ) ? $saved : array(), $defaults ) );
}

/**
 * The widgets' language: the setting, else the site's (French for any fr_* locale).
 *
 * @return string `fr` or `en`.
 */
function emplois_en_regions_language() {
	$lang = emplois_en_regions_settings()['lang'];
	if ( '' !== $lang ) {
		return $lang;
	}
	return 0 === strpos( determine_locale(), 'fr' ) ? 'fr' : 'en';
}

/**
 * The program's page, linked from the fallback content.
 *
 * @return string
 */
function emplois_en_regions_program_url() {
	$url = emplois_en_regions_settings()['program_url'];
	/**
	 * Filters the page the picker's and the form's fallback content link to.
	 *
	 * @param string $url Address of the program's page.
	 */
	return (string) apply_filters( 'emplois_en_regions_program_url', '' !== $url ? $url : EMPLOIS_EN_REGIONS_DEFAULT_PROGRAM_URL );
}

/** Adds the page under Réglages (Settings). */
function emplois_en_regions_add_settings_page() {
	add_options_page(
		__( 'Emplois en régions', 'emplois-en-regions' ),
		__( 'Emplois en régions', 'emplois-en-regions' ),
		'manage_options',
		'emplois-en-regions',
		'emplois_en_regions_render_settings_page'
	);
}

/**
 * A « Settings » link on the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[]
 */
function emplois_en_regions_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=emplois-en-regions' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'emplois-en-regions' ) . '</a>' );
	return $links;
}

/** The option, its sanitizer and its fields (Settings API: nonce and capability checked by options.php). */
function emplois_en_regions_register_settings() {
	register_setting(
		'emplois_en_regions',
		EMPLOIS_EN_REGIONS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'emplois_en_regions_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'emplois_en_regions_api', __( 'Connection to the API', 'emplois-en-regions' ), 'emplois_en_regions_render_api_section', 'emplois-en-regions' );
	add_settings_section( 'emplois_en_regions_look', __( 'Defaults for every widget', 'emplois-en-regions' ), '__return_false', 'emplois-en-regions' );

	$fields = array(
		'api_base'    => array( 'emplois_en_regions_api', __( 'API address', 'emplois-en-regions' ) ),
		'api_key'     => array( 'emplois_en_regions_api', __( 'Publishable key', 'emplois-en-regions' ) ),
		'lang'        => array( 'emplois_en_regions_look', __( 'Language', 'emplois-en-regions' ) ),
		'theme'       => array( 'emplois_en_regions_look', __( 'Theme', 'emplois-en-regions' ) ),
		'accent'      => array( 'emplois_en_regions_look', __( 'Accent color', 'emplois-en-regions' ) ),
		'program_url' => array( 'emplois_en_regions_look', __( 'Program page (fallback link)', 'emplois-en-regions' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'emplois_en_regions_' . $key,
			$field[1],
			'emplois_en_regions_render_field',
			'emplois-en-regions',
			$field[0],
			array(
				'key'       => $key,
				'label_for' => 'emplois_en_regions_' . $key,
			)
		);
	}
}

/** Introduction of the API section. */
function emplois_en_regions_render_api_section() {
	echo '<p>' . esc_html__( 'The program team gives you the API address and a publishable key (pk_…) bound to this site’s address.', 'emplois-en-regions' ) . '</p>';
}

/**
 * Choices of the select fields.
 *
 * @return array<string, array<string, string>>
 */
function emplois_en_regions_setting_choices() {
	return array(
		'lang'  => array(
			''   => __( 'Follow the site’s language', 'emplois-en-regions' ),
			'fr' => __( 'French', 'emplois-en-regions' ),
			'en' => __( 'English', 'emplois-en-regions' ),
		),
		'theme' => array(
			''      => __( 'Light (widgets’ default)', 'emplois-en-regions' ),
			'light' => __( 'Light', 'emplois-en-regions' ),
			'dark'  => __( 'Dark', 'emplois-en-regions' ),
			'auto'  => __( 'Follow the visitor’s system', 'emplois-en-regions' ),
		),
	);
}

/**
 * One field of the settings form.
 *
 * @param array{key: string, label_for: string} $args Field arguments.
 */
function emplois_en_regions_render_field( $args ) {
	$key      = $args['key'];
	$settings = emplois_en_regions_settings();
	$name     = EMPLOIS_EN_REGIONS_OPTION . '[' . $key . ']';
	$choices  = emplois_en_regions_setting_choices();
	$value    = $settings[ $key ];

	if ( isset( $choices[ $key ] ) ) {
		printf( '<select id="%s" name="%s">', esc_attr( $args['label_for'] ), esc_attr( $name ) );
		foreach ( $choices[ $key ] as $option => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $option ), selected( $value, $option, false ), esc_html( $label ) );
		}
		echo '</select>';
		return;
	}

	$types = array(
		'api_base'    => 'url',
		'api_key'     => 'text',
		'accent'      => 'text',
		'program_url' => 'url',
	);
	$placeholders = array(
		'api_base'    => 'https://api.example',
		'api_key'     => 'pk_…',
		'accent'      => '#0b6e4f',
		'program_url' => 'https://www.example.qc.ca/emplois-en-regions',
	);
	printf(
		'<input type="%s" id="%s" name="%s" value="%s" class="regular-text" placeholder="%s" spellcheck="false" />',
		esc_attr( $types[ $key ] ),
		esc_attr( $args['label_for'] ),
		esc_attr( $name ),
		esc_attr( $value ),
		esc_attr( $placeholders[ $key ] )
	);
	$help = array(
		'api_base'    => __( 'The widgets’ script is loaded from this address (/cdn/eer-widgets.js).', 'emplois-en-regions' ),
		'api_key'     => __( 'It starts with pk_. Never enter a secret key (sk_…): it would be visible in your pages.', 'emplois-en-regions' ),
		'accent'      => __( 'Any CSS color, e.g. #0b6e4f. Text on it keeps a readable contrast automatically.', 'emplois-en-regions' ),
		'program_url' => __( 'Linked from what visitors see when their browser cannot display the widgets. Empty: the program is named without a link.', 'emplois-en-regions' ),
	);
	echo '<p class="description">' . esc_html( $help[ $key ] ) . '</p>';
}

/**
 * Validates the submitted settings. An invalid value is refused with a
 * message and the saved one is kept.
 *
 * @param mixed $input Submitted values.
 * @return array<string, string>
 */
function emplois_en_regions_sanitize_settings( $input ) {
	$old   = emplois_en_regions_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = $old;
	$error = static function ( $code, $message ) {
		add_settings_error( EMPLOIS_EN_REGIONS_OPTION, $code, $message, 'error' );
	};

	$api_base = trim( (string) ( $input['api_base'] ?? '' ) );
	if ( '' === $api_base ) {
		$clean['api_base'] = '';
	} elseif ( emplois_en_regions_is_web_address( $api_base ) ) {
		$clean['api_base'] = untrailingslashit( esc_url_raw( $api_base, array( 'http', 'https' ) ) );
	} else {
		$error( 'api_base', __( 'The API address must be a web address starting with https:// (or http:// for a test server).', 'emplois-en-regions' ) );
	}

	$api_key = trim( (string) ( $input['api_key'] ?? '' ) );
	if ( '' === $api_key ) {
		$clean['api_key'] = '';
	} elseif ( 0 === strpos( $api_key, 'sk_' ) ) {
		$error( 'secret_key', __( 'This is a secret key (sk_…): it was not saved. It gives access to the contact requests your organization received, and everything entered here is visible in your pages’ code. Enter your publishable key (pk_…) instead, and keep the secret key for server-side scripts.', 'emplois-en-regions' ) );
	} elseif ( preg_match( '/^pk_[A-Za-z0-9_]{1,200}$/', $api_key ) ) {
		$clean['api_key'] = $api_key;
	} else {
		$error( 'api_key', __( 'A publishable key starts with pk_ followed by letters, digits or underscores.', 'emplois-en-regions' ) );
	}

	$choices = emplois_en_regions_setting_choices();
	foreach ( array( 'lang', 'theme' ) as $key ) {
		$value         = (string) ( $input[ $key ] ?? '' );
		$clean[ $key ] = isset( $choices[ $key ][ $value ] ) ? $value : '';
	}

	$accent = trim( (string) ( $input['accent'] ?? '' ) );
	if ( '' === $accent ) {
		$clean['accent'] = '';
	} elseif ( null !== emplois_en_regions_clean_attribute( array( 'type' => 'color' ), $accent ) ) {
		$clean['accent'] = $accent;
	} else {
		$error( 'accent', __( 'The accent color must be a CSS color such as #0b6e4f, rgb(11 110 79) or teal.', 'emplois-en-regions' ) );
	}

	$program_url = trim( (string) ( $input['program_url'] ?? '' ) );
	if ( '' === $program_url ) {
		$clean['program_url'] = '';
	} elseif ( emplois_en_regions_is_web_address( $program_url ) ) {
		$clean['program_url'] = esc_url_raw( $program_url, array( 'http', 'https' ) );
	} else {
		$error( 'program_url', __( 'The program page must be a web address starting with https://.', 'emplois-en-regions' ) );
	}

	return $clean;
}

/**
 * True for an http(s) address with a host and no query or fragment. (Not
 * wp_http_validate_url(): it refuses local test servers and resolves the host.)
 *
 * @param string $url Address to check.
 * @return bool
 */
function emplois_en_regions_is_web_address( $url ) {
	$parts = wp_parse_url( $url );
	return is_array( $parts )
		&& isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& ! isset( $parts['query'] )
		&& ! isset( $parts['fragment'] )
		&& ! isset( $parts['user'] );
}

/** The settings screen. */
function emplois_en_regions_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'emplois_en_regions' );
			do_settings_sections( 'emplois-en-regions' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Placing the widgets', 'emplois-en-regions' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the blocks « Region picker », « Event banner » and « Advisor contact form » (category Widgets). Anywhere else, use the shortcodes; their attributes are the widgets’ attributes with - written _:', 'emplois-en-regions' ); ?></p>
		<pre><code>[eer_region_picker id="region" mode="combobox"]
[eer_event_banner layout="list" region_from="region"]
[eer_contact_form region_from="region" privacy_url="https://…"]</code></pre>
		<p><?php esc_html_e( 'Authors and contributors can place them: the plugin loads the widgets’ script itself, once, on the pages that hold a widget.', 'emplois-en-regions' ); ?></p>
	</div>
	<?php
}
