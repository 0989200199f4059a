<?php
/**
 * Plugin Name:       Emplois en régions
 * Description:       Region picker, advisor contact form and event banner of the Emplois en régions program, as shortcodes and blocks that every author can place.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Emplois en régions
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       emplois-en-regions
 * Domain Path:       /languages
 *
 * @package EmploisEnRegions
 */

defined( 'ABSPATH' ) || exit;

define( 'EMPLOIS_EN_REGIONS_VERSION', '0.1.0' );
define( 'EMPLOIS_EN_REGIONS_FILE', __FILE__ );
define( 'EMPLOIS_EN_REGIONS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/events.php';
require_once __DIR__ . '/includes/cdn.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/kses.php';

add_action( 'init', 'emplois_en_regions_load_textdomain', 0 );

/**
 * Loads the plugin's translations. The French file serves every French
 * locale (fr_CA, fr_BE…) that has no file of its own.
 */
function emplois_en_regions_load_textdomain() {
	$relative = dirname( plugin_basename( EMPLOIS_EN_REGIONS_FILE ) ) . '/languages';
	if ( load_plugin_textdomain( 'emplois-en-regions', false, $relative ) ) {
		return;
	}
	if ( 0 === strpos( determine_locale(), 'fr' ) ) {
		load_textdomain( 'emplois-en-regions', EMPLOIS_EN_REGIONS_DIR . '/languages/emplois-en-regions-fr_FR.mo' );
	}
}
