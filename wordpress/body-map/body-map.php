<?php
/**
 * Plugin Name:       Body Map
 * Description:       An interactive map of the spine and the neck, back and hip muscles, their trigger points and where they refer pain. Patients tap where it hurts; add the "Body Map" block or the [body_map] shortcode.
 * Version:           %VERSION%
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       body-map
 *
 * @package BodyMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The release version, written by scripts/wordpress-plugin.sh from Cargo.toml. */
define( 'BODY_MAP_VERSION', '%VERSION%' );
define( 'BODY_MAP_FILE', __FILE__ );
define( 'BODY_MAP_DIR', plugin_dir_path( __FILE__ ) );

require_once BODY_MAP_DIR . 'includes/options.php';
require_once BODY_MAP_DIR . 'includes/render.php';
require_once BODY_MAP_DIR . 'includes/settings.php';

add_action( 'init', 'body_map_register' );
add_action( 'enqueue_block_assets', 'body_map_enqueue_editor_loader' );
add_action( 'admin_init', 'body_map_register_settings' );
add_action( 'admin_menu', 'body_map_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'body_map_action_links' );

/**
 * Registers the widget's loader, the shortcode and the block.
 */
function body_map_register() {
	body_map_register_loader();
	add_shortcode( 'body_map', 'body_map_shortcode' );
	register_block_type(
		BODY_MAP_DIR . 'block',
		array( 'render_callback' => 'body_map_render_block' )
	);
}

/**
 * The loader in the block editor, for the block's live preview; through enqueue_block_assets so
 * that it also reaches the editor's iframe (WordPress 6.3 and newer).
 */
function body_map_enqueue_editor_loader() {
	if ( is_admin() ) {
		body_map_enqueue_loader();
	}
}
