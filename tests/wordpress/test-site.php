<?php
/**
 * The test site's own must-use plugin (never part of Body Map):
 * - records the attributes the [body_map] shortcode receives, so the tests know that hostile
 *   values reach the plugin unchanged;
 * - turns the texturizer off (a filter some sites use): it would curl the quotes of a shortcode
 *   holding "<" or ">" and so blunt the hostile values before they reach the plugin;
 * - skips the update checks: the site is offline, and each failed check against WordPress.org
 *   would write a PHP warning to the debug log that the tests keep empty.
 */

add_filter( 'run_wptexturize', '__return_false' );

add_filter(
	'shortcode_atts_body_map',
	function ( $out, $pairs, $atts ) {
		$file = WP_CONTENT_DIR . '/body-map-probe.jsonl';
		file_put_contents( $file, wp_json_encode( $atts ) . "\n", FILE_APPEND | LOCK_EX );
		return $out;
	},
	10,
	3
);

foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $body_map_check ) {
	remove_action( 'admin_init', $body_map_check );
}
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php', 'wp_update_plugins' ) as $body_map_hook ) {
	remove_action( $body_map_hook, 'wp_update_plugins' );
}
foreach ( array( 'load-themes.php', 'load-update.php', 'load-update-core.php', 'wp_update_themes' ) as $body_map_hook ) {
	remove_action( $body_map_hook, 'wp_update_themes' );
}
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'init', 'wp_schedule_update_checks' );
