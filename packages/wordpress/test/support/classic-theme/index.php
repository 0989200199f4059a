<?php
/**
 * Every view: the head, the posts' full content (also on the blog's list), the sidebar, the footer.
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article><h2>' . esc_html( get_the_title() ) . '</h2>';
	the_content();
	echo '</article>';
}
?>
</main>
<aside><?php dynamic_sidebar( 'eer-sidebar' ); ?></aside>
<?php wp_footer(); ?>
</body>
</html>
