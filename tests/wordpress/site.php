<?php
/**
 * Prepares the test site from the command line (setup.sh runs it for every test run): the
 * plugin inactive and uninstalled (checking that uninstalling removes its options), avatars off
 * (they would be fetched from another origin), pretty permalinks, a subscriber, the test pages.
 * Prints what the tests need as JSON.
 *
 *   php site.php <site dir> <url> <admin password>
 */

list( , $site, $url, $password ) = $argv;
$_SERVER['HTTP_HOST']   = (string) parse_url( $url, PHP_URL_HOST ) . ':' . (string) parse_url( $url, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = (string) parse_url( $url, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$log = WP_CONTENT_DIR . '/debug.log';
file_put_contents( $log, '' );
$probe = WP_CONTENT_DIR . '/body-map-probe.jsonl';
file_put_contents( $probe, '' );

/** Stops with a message on standard error. */
function fail( $message ) {
	fwrite( STDERR, "site.php: $message\n" );
	exit( 1 );
}

$plugin = 'body-map/body-map.php';
if ( ! file_exists( WP_PLUGIN_DIR . '/' . $plugin ) ) {
	fail( 'the plugin is not installed' );
}
// The test activates the plugin as an administrator does; it starts inactive and uninstalled.
if ( is_plugin_active( $plugin ) ) {
	deactivate_plugins( $plugin, true );
}
update_option( 'body_map_options', array( 'booking_url' => '/left-over' ) );
uninstall_plugin( $plugin );
$uninstalled = false === get_option( 'body_map_options' );

update_option( 'show_avatars', 0 );
global $wp_rewrite;
if ( '/%postname%/' !== get_option( 'permalink_structure' ) ) {
	$wp_rewrite->set_permalink_structure( '/%postname%/' );
	flush_rewrite_rules( false );
}

$admin = get_user_by( 'login', 'admin' );
if ( ! $admin ) {
	fail( 'no admin user' );
}
// The editor's welcome guide and the block's floating toolbar would cover the block.
update_user_meta(
	$admin->ID,
	$wpdb->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array(
			'welcomeGuide' => false,
			'fixedToolbar' => true,
		),
		'_modified'      => gmdate( 'c' ),
	)
);
$reader_password = 'body-map-reader-password';
if ( ! username_exists( 'reader' ) ) {
	$id = wp_insert_user(
		array(
			'user_login' => 'reader',
			'user_pass'  => $reader_password,
			'user_email' => 'reader@example.com',
			'role'       => 'subscriber',
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( $id->get_error_message() );
	}
}

// The pages hold exactly what is written here: no filtering on save (an administrator may post
// anything), so that hostile values reach the shortcode and the block unchanged.
kses_remove_filters();

/** Creates or updates a published page or post; returns its id and address. */
function page( $slug, $title, $content, $type = 'page' ) {
	$existing = get_page_by_path( $slug, OBJECT, $type );
	$post     = array(
		'post_type'    => $type,
		'post_status'  => 'publish',
		'post_name'    => $slug,
		'post_title'   => $title,
		'post_content' => $content,
	);
	if ( $existing ) {
		$post['ID'] = $existing->ID;
	}
	$id = wp_insert_post( wp_slash( $post ), true );
	if ( is_wp_error( $id ) ) {
		fail( $id->get_error_message() );
	}
	if ( get_post_field( 'post_content', $id, 'raw' ) !== $content ) {
		fail( "the content of $slug changed when saved" );
	}
	return array(
		'id'  => $id,
		'url' => get_permalink( $id ),
	);
}

$hostile_block = serialize_block_attributes(
	array(
		'view'          => '"><script>window.hacked="block view"</script>',
		'mode'          => 'explore" onmouseover="window.hacked=1',
		'lang'          => '<img src=x onerror=window.hacked="block lang">',
		'layers'        => '"><svg onload=window.hacked="block layers">',
		'muscle'        => 'x" onfocus="window.hacked=1',
		'regions'       => '</body-map><script>window.hacked="block regions"</script>',
		'bookingUrl'    => 'javascript:window.hacked="block url"',
		'bookingTarget' => '_blank"><script>window.hacked="block target"</script>',
	)
);
$hostile_shortcode = '[body_map view=\'"><script>window.hacked="view"</script>\' booking_url=\'javascript:window.hacked="url"\''
	. ' lang=\'"><img src=x onerror=window.hacked="lang">\' mode=\'explore" onmouseover="window.hacked=1\''
	. ' muscle=\'x" onfocus="window.hacked=1\' regions=\'"><svg onload=window.hacked="regions">\''
	. ' layers=\'spine"><script>window.hacked="layers"</script>\' booking_target=\'_top"><script>window.hacked="target"</script>\']';

$pages = array(
	'shortcode' => page( 'shortcode', 'Where does it hurt?', '[body_map view="back" lang="es" booking_url="/book"]' ),
	'block'     => page( 'block', 'Body Map block', '<!-- wp:body-map/body-map {"regions":"temple-left","bookingTarget":"_blank"} /-->', 'post' ),
	'hostile'   => page(
		'hostile',
		'Hostile values',
		$hostile_shortcode . "\n\n" . '<!-- wp:body-map/body-map ' . $hostile_block . ' /-->'
			. "\n\n" . '[body_map booking_url="JaVaScRiPt:window.hacked=2" view="BACK"]'
	),
	'defaults'  => page( 'defaults', 'Site defaults', '[body_map]' ),
	'plain'     => page( 'plain', 'No widget here', '<!-- wp:paragraph --><p>A page without the widget.</p><!-- /wp:paragraph -->' ),
	'two'       => page( 'two', 'Two widgets', "[body_map view=\"front\"]\n\n<!-- wp:body-map/body-map {\"view\":\"back\"} /-->" ),
);

echo wp_json_encode(
	array(
		'url'         => home_url(),
		'wordpress'   => get_bloginfo( 'version' ),
		'site'        => ABSPATH,
		'plugin'      => WP_PLUGIN_DIR . '/body-map',
		'log'         => $log,
		'probe'       => $probe,
		'uninstalled' => $uninstalled,
		'users'       => array(
			'admin'  => $password,
			'reader' => $reader_password,
		),
		'pages'       => $pages,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
) . "\n";
