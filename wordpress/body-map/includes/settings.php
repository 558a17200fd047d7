<?php
/**
 * Settings → Body Map: the site-wide defaults (booking address, language, view, mode) and the
 * colours, through the Settings API (its nonce, and the manage_options capability).
 *
 * @package BodyMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The settings page's slug, also its settings group. */
define( 'BODY_MAP_PAGE', 'body-map' );

/**
 * Registers the option, its sections and its fields.
 */
function body_map_register_settings() {
	register_setting(
		BODY_MAP_PAGE,
		BODY_MAP_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'body_map_sanitize_settings',
			'default'           => array(),
		)
	);

	add_settings_section( 'body_map_defaults', __( 'Defaults', 'body-map' ), 'body_map_defaults_intro', BODY_MAP_PAGE );
	add_settings_field(
		'booking_url',
		__( 'Booking address', 'body-map' ),
		'body_map_url_field',
		BODY_MAP_PAGE,
		'body_map_defaults',
		array(
			'label_for' => 'body-map-booking_url',
			'name'      => 'booking_url',
		)
	);
	$selects = array(
		'booking_target' => array(
			__( 'Booking link opens', 'body-map' ),
			array(
				'_self'  => __( 'In the same tab', 'body-map' ),
				'_blank' => __( 'In a new tab', 'body-map' ),
				'_top'   => __( 'In the whole window (the widget is in a frame)', 'body-map' ),
			),
		),
		'lang'           => array(
			__( 'Language', 'body-map' ),
			array(
				''   => __( 'The site language (English when the widget does not speak it)', 'body-map' ),
				'en' => 'English',
				'es' => 'Español',
			),
		),
		'view'           => array(
			__( 'View at start', 'body-map' ),
			array(
				'front' => __( 'Front', 'body-map' ),
				'back'  => __( 'Back', 'body-map' ),
				'side'  => __( 'Side', 'body-map' ),
			),
		),
		'mode'           => array(
			__( 'Mode', 'body-map' ),
			array(
				'patient' => __( 'Patient: "Where does it hurt?"', 'body-map' ),
				'explore' => __( 'Explore: muscles, spine and topics, for therapists', 'body-map' ),
			),
		),
	);
	foreach ( $selects as $name => $field ) {
		add_settings_field(
			$name,
			$field[0],
			'body_map_select_field',
			BODY_MAP_PAGE,
			'body_map_defaults',
			array(
				'label_for' => 'body-map-' . $name,
				'name'      => $name,
				'choices'   => $field[1],
			)
		);
	}

	add_settings_section( 'body_map_colours', __( 'Colours', 'body-map' ), 'body_map_colours_intro', BODY_MAP_PAGE );
	foreach ( body_map_colours() as $key => $label ) {
		add_settings_field(
			'colour_' . $key,
			$label,
			'body_map_colour_field',
			BODY_MAP_PAGE,
			'body_map_colours',
			array(
				'label_for' => 'body-map-colour-' . $key,
				'key'       => $key,
			)
		);
	}
}

/**
 * Cleans what the settings form sent; a value that cannot be used keeps the saved one and says
 * why.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function body_map_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$saved = body_map_settings();
	$clean = array( 'colours' => array() );
	foreach ( body_map_default_names() as $name ) {
		$raw            = isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? trim( (string) $input[ $name ] ) : '';
		$clean[ $name ] = body_map_clean( $name, $raw );
		if ( '' !== $raw && '' === $clean[ $name ] ) {
			$clean[ $name ] = $saved[ $name ];
			add_settings_error(
				BODY_MAP_OPTION,
				'body-map-' . $name,
				'booking_url' === $name
					? __( 'The booking address was not saved: use an http(s), mailto: or tel: address, or one on this site starting with "/".', 'body-map' )
					: __( 'A default was not saved: it is not one of the choices.', 'body-map' )
			);
		}
	}
	$colours = isset( $input['colours'] ) && is_array( $input['colours'] ) ? $input['colours'] : array();
	foreach ( body_map_colours() as $key => $label ) {
		$raw    = isset( $colours[ $key ] ) && is_string( $colours[ $key ] ) ? trim( $colours[ $key ] ) : '';
		$colour = sanitize_hex_color( $raw );
		if ( $colour ) {
			$clean['colours'][ $key ] = $colour;
		} elseif ( '' !== $raw ) {
			if ( isset( $saved['colours'][ $key ] ) ) {
				$clean['colours'][ $key ] = $saved['colours'][ $key ];
			}
			add_settings_error(
				BODY_MAP_OPTION,
				'body-map-colour-' . $key,
				/* translators: %s: what a colour paints. */
				sprintf( __( '%s was not saved: give a colour such as #1f6f8b.', 'body-map' ), $label )
			);
		}
	}
	return $clean;
}

/**
 * Adds Settings → Body Map and, on that page only, the colour picker.
 */
function body_map_add_settings_page() {
	$hook = add_options_page(
		__( 'Body Map', 'body-map' ),
		__( 'Body Map', 'body-map' ),
		'manage_options',
		BODY_MAP_PAGE,
		'body_map_settings_page'
	);
	if ( $hook ) {
		add_action( 'load-' . $hook, 'body_map_settings_assets' );
	}
}

/**
 * The colour picker of WordPress for the colour fields.
 */
function body_map_settings_assets() {
	add_action(
		'admin_enqueue_scripts',
		function () {
			wp_enqueue_style( 'wp-color-picker' );
			wp_enqueue_script( 'wp-color-picker' );
			wp_add_inline_script( 'wp-color-picker', 'jQuery(function ($) { $(".body-map-colour").wpColorPicker(); });' );
		}
	);
}

/**
 * A link to the settings from the plugin's row in Plugins.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function body_map_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . BODY_MAP_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'body-map' ) . '</a>' );
	return $links;
}

/**
 * The page: the form, then the widget as the defaults show it.
 */
function body_map_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'body-map' ), 403 );
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p>
			<?php
			echo wp_kses(
				__( 'Add the widget with the <strong>Body Map</strong> block or the <code>[body_map]</code> shortcode. What a block or a shortcode leaves out takes these defaults.', 'body-map' ),
				array(
					'strong' => array(),
					'code'   => array(),
				)
			);
			?>
		</p>
		<form action="options.php" method="post">
			<?php
			settings_fields( BODY_MAP_PAGE );
			do_settings_sections( BODY_MAP_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Preview', 'body-map' ); ?></h2>
		<div class="body-map-preview" style="max-width: 960px">
			<?php echo body_map_element( array() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped in body_map_element(). ?>
		</div>
	</div>
	<?php
}

/**
 * The introduction of the defaults.
 */
function body_map_defaults_intro() {
	echo '<p>' . esc_html__( 'Used wherever a block or a shortcode does not set its own.', 'body-map' ) . '</p>';
}

/**
 * The introduction of the colours.
 */
function body_map_colours_intro() {
	echo '<p>' . esc_html__( 'Empty fields keep the widget\'s own colours. Keep text and its background far apart in lightness so everyone can read it.', 'body-map' ) . '</p>';
}

/**
 * The booking address field.
 *
 * @param array $args The field's name and label id.
 */
function body_map_url_field( $args ) {
	$settings = body_map_settings();
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="%2$s[%3$s]" value="%4$s" placeholder="/book" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%5$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( BODY_MAP_OPTION ),
		esc_attr( $args['name'] ),
		esc_attr( $settings[ $args['name'] ] ),
		esc_html__( 'Where "Book a session" leads: a full address or one on this site starting with "/". Empty: no booking link.', 'body-map' )
	);
}

/**
 * A field with a fixed list of choices.
 *
 * @param array $args The field's name, label id and choices (value => label).
 */
function body_map_select_field( $args ) {
	$settings = body_map_settings();
	$current  = $settings[ $args['name'] ];
	printf( '<select id="%s" name="%s[%s]">', esc_attr( $args['label_for'] ), esc_attr( BODY_MAP_OPTION ), esc_attr( $args['name'] ) );
	foreach ( $args['choices'] as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * A colour field (WordPress's colour picker; a text field without JavaScript).
 *
 * @param array $args The field's colour key and label id.
 */
function body_map_colour_field( $args ) {
	$settings = body_map_settings();
	$key      = $args['key'];
	$defaults = body_map_colour_defaults();
	printf(
		'<input type="text" class="body-map-colour" id="%s" name="%s[colours][%s]" value="%s" data-default-color="%s" placeholder="%s">',
		esc_attr( $args['label_for'] ),
		esc_attr( BODY_MAP_OPTION ),
		esc_attr( $key ),
		esc_attr( isset( $settings['colours'][ $key ] ) ? $settings['colours'][ $key ] : '' ),
		esc_attr( isset( $defaults[ $key ] ) ? $defaults[ $key ] : '' ),
		esc_attr( isset( $defaults[ $key ] ) ? $defaults[ $key ] : '' )
	);
}
