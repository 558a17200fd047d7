<?php
/**
 * The plugin's cleaning of shortcode and block values against a table of cases, in the test
 * site (site-wide defaults empty, site language English). Prints each mismatch; exits 1 if any.
 *
 *   php attributes.php <site dir>
 */

$_SERVER['HTTP_HOST'] = '127.0.0.1';
require $argv[1] . '/wp-load.php';
require_once WP_PLUGIN_DIR . '/body-map/body-map.php';
delete_option( 'body_map_options' );

// Given options => the element's attributes. Like the element: case and spaces do not matter,
// a language tag counts by its primary subtag, and what is not understood is left out.
$cases = array(
	array( array(), array( 'lang' => 'en' ) ),
	array( array( 'view' => ' BACK ' ), array( 'view' => 'back', 'lang' => 'en' ) ),
	array( array( 'view' => 'top' ), array( 'lang' => 'en' ) ),
	array( array( 'mode' => 'Explore' ), array( 'mode' => 'explore', 'lang' => 'en' ) ),
	array( array( 'lang' => 'es-MX' ), array( 'lang' => 'es' ) ),
	array( array( 'lang' => 'es_ES' ), array( 'lang' => 'es' ) ),
	array( array( 'lang' => 'de' ), array( 'lang' => 'en' ) ),
	array( array( 'layers' => 'spine, Muscles ,bogus,spine' ), array( 'lang' => 'en', 'layers' => 'spine,muscles' ) ),
	array( array( 'layers' => 'bogus' ), array( 'lang' => 'en' ) ),
	array( array( 'muscle' => 'levator_scapulae' ), array( 'lang' => 'en', 'muscle' => 'levator_scapulae' ) ),
	array( array( 'muscle' => 'a b' ), array( 'lang' => 'en' ) ),
	array( array( 'regions' => 'neck-angle-left neck-angle-right,<x>' ), array( 'lang' => 'en', 'regions' => 'neck-angle-left,neck-angle-right' ) ),
	array( array( 'booking_url' => '/book' ), array( 'lang' => 'en', 'booking-url' => '/book' ) ),
	array( array( 'booking_url' => 'https://clinic.example/book?a=1&b=2' ), array( 'lang' => 'en', 'booking-url' => 'https://clinic.example/book?a=1&b=2' ) ),
	array( array( 'booking_url' => 'tel:+34123456789' ), array( 'lang' => 'en', 'booking-url' => 'tel:+34123456789' ) ),
	array( array( 'booking_url' => 'javascript:alert(1)' ), array( 'lang' => 'en' ) ),
	array( array( 'booking_url' => ' JaVaScRiPt:alert(1)' ), array( 'lang' => 'en' ) ),
	array( array( 'booking_url' => "java\tscript:alert(1)" ), array( 'lang' => 'en' ) ),
	array( array( 'booking_url' => 'data:text/html,<script>alert(1)</script>' ), array( 'lang' => 'en' ) ),
	array( array( 'booking_target' => '_BLANK' ), array( 'lang' => 'en', 'booking-target' => '_blank' ) ),
	array( array( 'booking_target' => '_parent' ), array( 'lang' => 'en' ) ),
	array( array( 'view' => array( 'back' ) ), array( 'lang' => 'en' ) ),
);

$failed = 0;
foreach ( $cases as $case ) {
	list( $given, $expected ) = $case;
	$actual = body_map_attributes( $given );
	ksort( $actual );
	ksort( $expected );
	if ( $actual !== $expected ) {
		$failed++;
		echo wp_json_encode( $given ), ' gave ', wp_json_encode( $actual ), ', expected ', wp_json_encode( $expected ), "\n";
	}
}

// Site-wide defaults fill in what is left out or not understood; a given value wins.
update_option(
	'body_map_options',
	array(
		'booking_url' => '/reservar',
		'lang'        => 'es',
		'view'        => 'back',
		'colours'     => array(
			'accent' => '#0a6e4f',
			'text'   => 'red; background: url(x)',
		),
	)
);
$defaults = array(
	array( array(), '<body-map view="back" lang="es" booking-url="/reservar" style="--body-map-accent:#0a6e4f;"></body-map>' ),
	array( array( 'view' => 'top', 'lang' => 'en' ), '<body-map view="back" lang="en" booking-url="/reservar" style="--body-map-accent:#0a6e4f;"></body-map>' ),
);
foreach ( $defaults as $case ) {
	list( $given, $expected ) = $case;
	$actual = body_map_element( $given );
	if ( $actual !== $expected ) {
		$failed++;
		echo wp_json_encode( $given ), " gave $actual, expected $expected\n";
	}
}
delete_option( 'body_map_options' );
exit( $failed ? 1 : 0 );
