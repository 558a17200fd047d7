// The "Body Map" block in the editor: its options in the sidebar and the widget itself as the
// preview, rendered by the server exactly as visitors get it. Plain JavaScript: no build step.
( function ( wp ) {
	const el = wp.element.createElement;
	const { __ } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, CheckboxControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;

	const LAYERS = [
		[ 'regions', __( 'Pain areas to tap', 'body-map' ) ],
		[ 'spine', __( 'Spine', 'body-map' ) ],
		[ 'muscles', __( 'Muscles', 'body-map' ) ],
		[ 'trigger-points', __( 'Trigger points', 'body-map' ) ],
		[ 'referral', __( 'Where the pain goes', 'body-map' ) ],
	];

	/** A choice list whose first entry keeps the site's default. */
	function choice( label, value, options, onChange ) {
		return el( SelectControl, {
			label,
			value,
			options: [ { value: '', label: __( 'Site default', 'body-map' ) } ].concat(
				options.map( ( [ v, l ] ) => ( { value: v, label: l } ) )
			),
			onChange,
		} );
	}

	function Edit( { attributes, setAttributes } ) {
		const set = ( key ) => ( value ) => setAttributes( { [ key ]: value } );
		const layers = attributes.layers ? attributes.layers.split( ',' ) : [];
		const toggleLayer = ( name ) => ( on ) =>
			setAttributes( {
				layers: LAYERS.map( ( [ n ] ) => n )
					.filter( ( n ) => ( n === name ? on : layers.includes( n ) ) )
					.join( ',' ),
			} );

		const options = el(
			PanelBody,
			{ title: __( 'Widget', 'body-map' ) },
			choice( __( 'View at start', 'body-map' ), attributes.view, [
				[ 'front', __( 'Front', 'body-map' ) ],
				[ 'back', __( 'Back', 'body-map' ) ],
				[ 'side', __( 'Side', 'body-map' ) ],
			], set( 'view' ) ),
			choice( __( 'Mode', 'body-map' ), attributes.mode, [
				[ 'patient', __( 'Patient', 'body-map' ) ],
				[ 'explore', __( 'Explore (therapists)', 'body-map' ) ],
			], set( 'mode' ) ),
			choice( __( 'Language', 'body-map' ), attributes.lang, [
				[ 'en', 'English' ],
				[ 'es', 'Español' ],
			], set( 'lang' ) ),
			el( 'fieldset', { className: 'body-map-layers' },
				el( 'legend', null, __( 'Layers (none ticked: the mode\'s own)', 'body-map' ) ),
				LAYERS.map( ( [ name, label ] ) =>
					el( CheckboxControl, {
						key: name,
						label,
						checked: layers.includes( name ),
						onChange: toggleLayer( name ),
					} )
				)
			),
			el( TextControl, {
				label: __( 'Muscle shown at start', 'body-map' ),
				help: __( 'A muscle id, such as levator_scapulae.', 'body-map' ),
				value: attributes.muscle,
				onChange: set( 'muscle' ),
			} ),
			el( TextControl, {
				label: __( 'Areas marked at start', 'body-map' ),
				help: __( 'Area ids separated by commas, such as neck-angle-left.', 'body-map' ),
				value: attributes.regions,
				onChange: set( 'regions' ),
			} )
		);
		const booking = el(
			PanelBody,
			{ title: __( 'Booking', 'body-map' ) },
			el( TextControl, {
				label: __( 'Booking address', 'body-map' ),
				help: __( 'Empty: the site default. A full address or one starting with "/".', 'body-map' ),
				type: 'url',
				value: attributes.bookingUrl,
				onChange: set( 'bookingUrl' ),
			} ),
			choice( __( 'Booking link opens', 'body-map' ), attributes.bookingTarget, [
				[ '_self', __( 'In the same tab', 'body-map' ) ],
				[ '_blank', __( 'In a new tab', 'body-map' ) ],
				[ '_top', __( 'In the whole window', 'body-map' ) ],
			], set( 'bookingTarget' ) )
		);

		return el(
			wp.element.Fragment,
			null,
			el( InspectorControls, null, options, booking ),
			el( 'div', useBlockProps(), el( ServerSideRender, { block: 'body-map/body-map', attributes } ) )
		);
	}

	wp.blocks.registerBlockType( 'body-map/body-map', { edit: Edit, save: () => null } );
} )( window.wp );
