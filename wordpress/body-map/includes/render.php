<?php
/**
 * The widget on a page: the `<body-map>` element for a shortcode or a block, and its loader,
 * enqueued only where a widget is shown.
 *
 * @package BodyMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The handle of the loader, as a script and as a script module. */
define( 'BODY_MAP_HANDLE', 'body-map' );

/**
 * The loader's address: the widget's files ship inside the plugin, and the loader fetches its
 * wasm, stylesheet and language pack from beside itself.
 *
 * @return string
 */
function body_map_loader_url() {
	return plugins_url( 'widget/body-map.js', BODY_MAP_FILE );
}

/**
 * Registers the loader: as a script module where WordPress has the Script Modules API (6.5 and
 * newer), and as a script printed with type="module" for older versions and the admin screens.
 */
function body_map_register_loader() {
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( BODY_MAP_HANDLE, body_map_loader_url(), array(), BODY_MAP_VERSION );
	}
	wp_register_script( BODY_MAP_HANDLE, body_map_loader_url(), array(), BODY_MAP_VERSION, true );
	add_filter( 'script_loader_tag', 'body_map_module_tag', 10, 2 );
}

/**
 * Enqueues the loader; called while a widget is rendered, so pages without one never load it.
 */
function body_map_enqueue_loader() {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( BODY_MAP_HANDLE );
	} else {
		wp_enqueue_script( BODY_MAP_HANDLE );
	}
}

/**
 * Prints the loader's script tag as a module.
 *
 * @param string $tag    The tag WordPress built.
 * @param string $handle Its handle.
 * @return string
 */
function body_map_module_tag( $tag, $handle ) {
	if ( BODY_MAP_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/**
 * The `<body-map>` element for the options given (option name => value, as a shortcode or a
 * block gives them), with the site's defaults and colours, every value escaped. Enqueues the
 * loader.
 *
 * @param array<string, mixed> $given The options.
 * @return string
 */
function body_map_element( array $given ) {
	body_map_enqueue_loader();
	$html = '<body-map';
	foreach ( body_map_attributes( $given ) as $name => $value ) {
		$escaped = 'booking-url' === $name ? esc_url( $value ) : esc_attr( $value );
		$html   .= ' ' . $name . '="' . $escaped . '"';
	}
	$style = body_map_style();
	if ( '' !== $style ) {
		$html .= ' style="' . esc_attr( $style ) . '"';
	}
	return $html . '></body-map>';
}

/**
 * The site's colours as `--body-map-*` custom properties for the element's style attribute.
 *
 * @return string
 */
function body_map_style() {
	$settings = body_map_settings();
	$style    = '';
	foreach ( $settings['colours'] as $key => $colour ) {
		$style .= '--body-map-' . $key . ':' . $colour . ';';
	}
	return $style;
}

/**
 * The `[body_map]` shortcode. Every attribute of the element, with underscores
 * (`booking_url`) or hyphens (`booking-url`).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function body_map_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		$given[ str_replace( '-', '_', (string) $name ) ] = $value;
	}
	$given = shortcode_atts( array_fill_keys( body_map_option_names(), '' ), $given, 'body_map' );
	return body_map_element( $given );
}

/**
 * Renders the "Body Map" block on the server.
 *
 * @param array $attributes The block's attributes (camelCase).
 * @return string
 */
function body_map_render_block( $attributes ) {
	$given = array();
	foreach ( body_map_option_names() as $name ) {
		$key = lcfirst( str_replace( ' ', '', ucwords( str_replace( '_', ' ', $name ) ) ) );
		if ( isset( $attributes[ $key ] ) ) {
			$given[ $name ] = $attributes[ $key ];
		}
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . body_map_element( $given ) . '</div>';
}
