<?php
/**
 * One widget area, as classic themes register them.
 */
add_action(
	'widgets_init',
	static function () {
		register_sidebar(
			array(
				'id'   => 'eer-sidebar',
				'name' => 'Barre latérale',
			)
		);
	}
);
