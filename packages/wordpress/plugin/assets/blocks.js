/**
 * Editor side of the blocks emplois-en-regions/region-picker, /event-banner
 * and /contact-form. Plain JavaScript on WordPress's globals, so the plugin
 * needs no build step; the blocks, their attributes and their translated
 * labels come from PHP (window.emploisEnRegionsBlocks). Dynamic blocks: the
 * server renders them, the editor shows that rendering.
 */
(function (wp, data) {
  if (!wp || !data) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  function control(spec, props) {
    var value = props.attributes[spec.name];
    var set = function (next) {
      var change = {};
      change[spec.name] = next === '' ? undefined : next;
      props.setAttributes(change);
    };
    var common = { key: spec.name, label: spec.label, __nextHasNoMarginBottom: true };
    if (spec.type === 'boolean') {
      return el(
        components.ToggleControl,
        Object.assign(common, {
          checked: !!value,
          onChange: function (checked) {
            set(checked ? true : undefined);
          },
        }),
      );
    }
    if (spec.options) {
      return el(
        components.SelectControl,
        Object.assign(common, { value: value || '', options: spec.options, onChange: set }),
      );
    }
    if (spec.type === 'integer') {
      return el(
        components.TextControl,
        Object.assign(common, {
          type: 'number',
          min: spec.min,
          max: spec.max,
          value: value === undefined ? '' : String(value),
          onChange: function (next) {
            var number = parseInt(next, 10);
            set(isNaN(number) ? '' : number);
          },
        }),
      );
    }
    return el(
      components.TextControl,
      Object.assign(common, {
        type: spec.type === 'url' ? 'url' : 'text',
        value: value || '',
        onChange: set,
      }),
    );
  }

  data.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      apiVersion: 2,
      title: block.title,
      description: block.description,
      category: 'widgets',
      icon: block.icon,
      attributes: block.attributes,
      supports: { html: false },
      edit: function (props) {
        var main = block.controls.filter(function (spec) {
          return !spec.advanced;
        });
        var advanced = block.controls.filter(function (spec) {
          return spec.advanced;
        });
        return el(
          'div',
          blockEditor.useBlockProps(),
          el(
            blockEditor.InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: data.i18n.settings, initialOpen: true },
              main.map(function (spec) {
                return control(spec, props);
              }),
            ),
            el(
              components.PanelBody,
              { title: data.i18n.advanced, initialOpen: false },
              advanced.map(function (spec) {
                return control(spec, props);
              }),
            ),
          ),
          el(
            components.Notice,
            { status: 'info', isDismissible: false },
            block.title + ' — ' + data.i18n.preview,
          ),
          el(ServerSideRender, { block: block.name, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.emploisEnRegionsBlocks);
