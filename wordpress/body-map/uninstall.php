<?php
/**
 * Deleting the plugin removes its settings (on every site of a network).
 *
 * @package BodyMap
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $body_map_site ) {
		switch_to_blog( $body_map_site );
		delete_option( 'body_map_options' );
		restore_current_blog();
	}
} else {
	delete_option( 'body_map_options' );
}
