<?php
/**
 * Finds syntax that PHP 7.4 does not know in the given PHP files (the plugin promises PHP 7.4
 * and only a newer PHP runs here, whose `php -l` accepts it). Reads PHP's own tokens; prints one
 * line per finding and exits 1 when there is any.
 *
 *   php php74.php <file>...
 */

$newer = array(
	'T_MATCH'                    => 'match (PHP 8.0)',
	'T_NULLSAFE_OBJECT_OPERATOR' => 'nullsafe operator ?-> (PHP 8.0)',
	'T_ATTRIBUTE'                => 'attribute #[...] (PHP 8.0)',
	'T_ENUM'                     => 'enum (PHP 8.1)',
	'T_READONLY'                 => 'readonly (PHP 8.1)',
);
$found = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
	$tokens = array_values(
		array_filter(
			token_get_all( (string) file_get_contents( $file ) ),
			function ( $t ) {
				return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$text = function ( $i ) use ( $tokens ) {
		return isset( $tokens[ $i ] ) ? ( is_array( $tokens[ $i ] ) ? $tokens[ $i ][1] : $tokens[ $i ] ) : '';
	};
	$kind = function ( $i ) use ( $tokens ) {
		return isset( $tokens[ $i ] ) && is_array( $tokens[ $i ] ) ? $tokens[ $i ][0] : null;
	};
	$line = 1;
	$report = function ( $what ) use ( $file, &$line, &$found ) {
		$found[] = "$file:$line: $what";
	};
	$n = count( $tokens );
	for ( $i = 0; $i < $n; $i++ ) {
		if ( is_array( $tokens[ $i ] ) ) {
			$line = $tokens[ $i ][2];
			$name = token_name( $tokens[ $i ][0] );
			if ( isset( $newer[ $name ] ) ) {
				$report( $newer[ $name ] );
			}
		}
		// Named arguments: "(" or "," then a bare name then ":" (not "::").
		if ( in_array( $text( $i ), array( '(', ',' ), true ) && T_STRING === $kind( $i + 1 ) && ':' === $text( $i + 2 ) ) {
			$report( 'named argument ' . $text( $i + 1 ) . ': (PHP 8.0)' );
		}
		// First-class callables: f(...).
		if ( '(' === $text( $i ) && T_ELLIPSIS === $kind( $i + 1 ) && ')' === $text( $i + 2 ) ) {
			$report( 'first-class callable (...) (PHP 8.1)' );
		}
		// $object::class.
		if ( T_VARIABLE === $kind( $i ) && T_DOUBLE_COLON === $kind( $i + 1 ) && T_CLASS === $kind( $i + 2 ) ) {
			$report( '$object::class (PHP 8.0)' );
		}
		// throw as an expression.
		if ( T_THROW === $kind( $i ) && in_array( $text( $i - 1 ), array( '??', '=>', '=', '?', ',', '(', '&&', '||' ), true ) ) {
			$report( 'throw as an expression (PHP 8.0)' );
		}
		// catch without a variable.
		if ( T_CATCH === $kind( $i ) ) {
			for ( $j = $i + 1; $j < $n && ')' !== $text( $j ) && T_VARIABLE !== $kind( $j ); $j++ ) {
			}
			if ( ')' === $text( $j ) ) {
				$report( 'catch without a variable (PHP 8.0)' );
			}
		}
		// A function's parameters (split at the top-level commas) and its return type.
		if ( T_FUNCTION === $kind( $i ) || T_FN === $kind( $i ) ) {
			$j = $i + 1;
			while ( $j < $n && '(' !== $text( $j ) ) {
				$j++;
			}
			$depth = 0;
			$param = array();
			for ( ; $j < $n; $j++ ) {
				$t = $text( $j );
				if ( in_array( $t, array( '(', '[', '{' ), true ) || T_CURLY_OPEN === $kind( $j ) ) {
					$depth++;
					if ( 1 === $depth ) {
						continue;
					}
				} elseif ( in_array( $t, array( ')', ']', '}' ), true ) ) {
					$depth--;
				}
				if ( 0 === $depth || ( 1 === $depth && ',' === $t ) ) {
					$typed = true;
					foreach ( $param as $k ) {
						if ( T_VARIABLE === $kind( $k ) || '=' === $text( $k ) ) {
							$typed = false;
						}
						if ( $typed && '|' === $text( $k ) ) {
							$report( 'union type (PHP 8.0)' );
						}
						if ( $typed && in_array( strtolower( $text( $k ) ), array( 'mixed', 'never' ), true ) ) {
							$report( $text( $k ) . ' type (PHP 8.0)' );
						}
						if ( $typed && in_array( $kind( $k ), array( T_PUBLIC, T_PROTECTED, T_PRIVATE ), true ) ) {
							$report( 'constructor promotion (PHP 8.0)' );
						}
						if ( ! $typed && T_NEW === $kind( $k ) ) {
							$report( 'new in an initializer (PHP 8.1)' );
						}
					}
					if ( ',' === $t && ')' === $text( $j + 1 ) ) {
						$report( 'trailing comma in parameters (PHP 8.0)' );
					}
					$param = array();
					if ( 0 === $depth ) {
						break;
					}
					continue;
				}
				$param[] = $j;
			}
			if ( ':' === $text( $j + 1 ) ) {
				for ( $k = $j + 2; $k < $n && ! in_array( $text( $k ), array( '{', ';', '=>' ), true ); $k++ ) {
					if ( '|' === $text( $k ) ) {
						$report( 'union return type (PHP 8.0)' );
					}
					if ( T_STATIC === $kind( $k ) || in_array( strtolower( $text( $k ) ), array( 'mixed', 'never' ), true ) ) {
						$report( $text( $k ) . ' return type (PHP 8.0)' );
					}
				}
			}
		}
	}
}
foreach ( $found as $finding ) {
	echo $finding, "\n";
}
exit( $found ? 1 : 0 );
