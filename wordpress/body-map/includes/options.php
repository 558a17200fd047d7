<?php
/**
 * What each option of the widget accepts, the site-wide defaults, and how a value that a
 * shortcode, a block or the settings page gives is cleaned. A value the element would not
 * understand is dropped here, so the site's default (or else the element's own) applies.
 *
 * @package BodyMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option that holds the site-wide defaults. */
define( 'BODY_MAP_OPTION', 'body_map_options' );

/**
 * The options of the widget, in the order of the element's attributes (snake_case here,
 * kebab-case on the element).
 *
 * @return string[]
 */
function body_map_option_names() {
	return array( 'view', 'mode', 'lang', 'layers', 'muscle', 'regions', 'booking_url', 'booking_target' );
}

/**
 * The options the settings page sets for the whole site.
 *
 * @return string[]
 */
function body_map_default_names() {
	return array( 'booking_url', 'booking_target', 'lang', 'view', 'mode' );
}

/**
 * The values the element accepts for its options with a fixed list (the first is its default).
 *
 * @return array<string, string[]>
 */
function body_map_choices() {
	return array(
		'view'           => array( 'front', 'back', 'side' ),
		'mode'           => array( 'patient', 'explore' ),
		'lang'           => array( 'en', 'es' ),
		'booking_target' => array( '_self', '_blank', '_top' ),
	);
}

/**
 * The drawing layers, as the `layers` attribute names them.
 *
 * @return string[]
 */
function body_map_layer_names() {
	return array( 'regions', 'spine', 'muscles', 'trigger-points', 'referral' );
}

/**
 * The colours the settings page offers: the suffix of each `--body-map-*` custom property and
 * what it paints.
 *
 * @return array<string, string>
 */
function body_map_colours() {
	return array(
		'accent'      => __( 'Accent: buttons and links', 'body-map' ),
		'accent-text' => __( 'Text on the accent', 'body-map' ),
		'surface'     => __( 'Background', 'body-map' ),
		'surface-2'   => __( 'Background of panels', 'body-map' ),
		'text'        => __( 'Text', 'body-map' ),
		'border'      => __( 'Borders', 'body-map' ),
		'selected'    => __( 'Marked areas', 'body-map' ),
		'focus'       => __( 'Keyboard focus ring', 'body-map' ),
	);
}

/**
 * The element's own colours, read from the widget's stylesheet (the one place they are kept).
 *
 * @return array<string, string> property suffix => colour
 */
function body_map_colour_defaults() {
	static $defaults = null;
	if ( null === $defaults ) {
		$defaults = array();
		$css      = BODY_MAP_DIR . 'widget/body-map.css';
		$text     = is_readable( $css ) ? (string) file_get_contents( $css ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		if ( preg_match_all( '/var\(--body-map-([a-z0-9-]+),\s*(#[0-9a-fA-F]{3,6})\)/', $text, $found, PREG_SET_ORDER ) ) {
			foreach ( $found as $match ) {
				$defaults[ $match[1] ] = $match[2];
			}
		}
	}
	return $defaults;
}

/**
 * The saved site-wide defaults, each one clean.
 *
 * @return array{booking_url: string, booking_target: string, lang: string, view: string, mode: string, colours: array<string, string>}
 */
function body_map_settings() {
	$saved    = get_option( BODY_MAP_OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = array( 'colours' => array() );
	foreach ( body_map_default_names() as $name ) {
		$settings[ $name ] = isset( $saved[ $name ] ) ? body_map_clean( $name, $saved[ $name ] ) : '';
	}
	$colours = isset( $saved['colours'] ) && is_array( $saved['colours'] ) ? $saved['colours'] : array();
	foreach ( array_keys( body_map_colours() ) as $key ) {
		$colour = isset( $colours[ $key ] ) && is_string( $colours[ $key ] ) ? sanitize_hex_color( $colours[ $key ] ) : '';
		if ( $colour ) {
			$settings['colours'][ $key ] = $colour;
		}
	}
	return $settings;
}

/**
 * The site's language when the widget speaks it, else ''.
 *
 * @return string
 */
function body_map_site_lang() {
	return body_map_clean( 'lang', determine_locale() );
}

/**
 * One option's value made safe and understood, or '' when it is empty or not understood.
 *
 * @param string $name  An option name from body_map_option_names().
 * @param mixed  $value What was given (a block's attributes may hold any JSON value).
 * @return string
 */
function body_map_clean( $name, $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value   = trim( (string) $value );
	$choices = body_map_choices();
	if ( '' === $value ) {
		return '';
	}
	if ( 'lang' === $name ) {
		// Like the element: the primary subtag of a language tag or a locale ("es-MX", "es_ES").
		$parts = preg_split( '/[-_]/', $value );
		$value = $parts[0];
	}
	if ( isset( $choices[ $name ] ) ) {
		$value = strtolower( $value );
		return in_array( $value, $choices[ $name ], true ) ? $value : '';
	}
	switch ( $name ) {
		case 'layers':
			return body_map_clean_list( $value, body_map_layer_names() );
		case 'muscle':
			return body_map_is_id( $value ) ? $value : '';
		case 'regions':
			return body_map_clean_list( $value, null );
		case 'booking_url':
			return body_map_clean_url( $value );
	}
	return '';
}

/**
 * Whether `$value` has the form of a content id ("levator_scapulae", "neck-angle-left"); the
 * element itself says when such an id names nothing.
 *
 * @param string $value The id.
 * @return bool
 */
function body_map_is_id( $value ) {
	return 1 === preg_match( '/^[A-Za-z0-9_-]{1,80}$/', $value );
}

/**
 * A comma- or space-separated list keeping the known words (or, without `$known`, the words
 * that have the form of an id), each once, joined by commas.
 *
 * @param string        $value The list.
 * @param string[]|null $known The words allowed, or null.
 * @return string
 */
function body_map_clean_list( $value, $known ) {
	$kept = array();
	foreach ( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) as $word ) {
		if ( null !== $known ) {
			$word = strtolower( $word );
			if ( ! in_array( $word, $known, true ) ) {
				continue;
			}
		} elseif ( ! body_map_is_id( $word ) ) {
			continue;
		}
		$kept[ $word ] = true;
	}
	return implode( ',', array_keys( $kept ) );
}

/**
 * A booking address: http(s), mailto: or tel:, or an address on this site starting with "/";
 * never a javascript: or data: address. '' when it is none of these.
 *
 * @param string $url The address.
 * @return string
 */
function body_map_clean_url( $url ) {
	if ( preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https', 'mailto', 'tel' ) );
}

/**
 * The element's attributes for one widget: each option given, cleaned; an option left out,
 * empty or not understood takes the site's default, and the language follows the site's
 * when neither sets it.
 *
 * @param array<string, mixed> $given Option name => value, as a shortcode or block gives them.
 * @return array<string, string> Attribute name => clean value, only the options that are set.
 */
function body_map_attributes( array $given ) {
	$settings   = body_map_settings();
	$attributes = array();
	foreach ( body_map_option_names() as $name ) {
		$value = isset( $given[ $name ] ) ? body_map_clean( $name, $given[ $name ] ) : '';
		if ( '' === $value && isset( $settings[ $name ] ) ) {
			$value = $settings[ $name ];
		}
		if ( '' === $value && 'lang' === $name ) {
			$value = body_map_site_lang();
		}
		if ( '' !== $value ) {
			$attributes[ str_replace( '_', '-', $name ) ] = $value;
		}
	}
	return $attributes;
}
