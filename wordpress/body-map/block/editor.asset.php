<?php
/**
 * What the block's editor script needs (WordPress reads this beside editor.js).
 *
 * @package BodyMap
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => defined( 'BODY_MAP_VERSION' ) ? BODY_MAP_VERSION : false,
);
