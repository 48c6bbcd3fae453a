// Footnotes in the rich-text editor: mark a claim with one of the page's
// sources (the CITATION entity; stored as <span data-cites data-locator>).
// Plain script, no build step: React and Draft.js are Wagtail's globals.
(() => {
  const React = window.React;
  const { EditorState, Modifier, SelectionState } = window.DraftJS;

  // The sources the page's form lists now, saved or not, in the page's order.
  function pageSources() {
    const sources = [];
    document
      .querySelectorAll('input[name^="citations-"][name$="-source"]')
      .forEach((input) => {
        const prefix = input.name.slice(0, -'-source'.length);
        const deleted = document.querySelector(`input[name="${prefix}-DELETE"]`);
        if (!input.value || (deleted && deleted.value === '1')) return;
        const chooser = input.closest('[data-chooser-url], .chooser') || input.parentElement;
        const shown = chooser.querySelector('[data-chooser-title]');
        const title = shown ? shown.textContent.trim() : '';
        sources.push({ id: input.value, title: title || `#${input.value}` });
      });
    return sources;
  }

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    children.forEach((child) => node.append(child));
    return node;
  }

  // The range the entity covers in the block holding the selection.
  function entityRange(editorState, entityKey) {
    const selection = editorState.getSelection();
    const block = editorState.getCurrentContent().getBlockForKey(selection.getStartKey());
    let range = null;
    block.findEntityRanges(
      (character) => character.getEntity() === entityKey,
      (start, end) => {
        if (!range || (start <= selection.getStartOffset() && selection.getStartOffset() <= end)) {
          range = SelectionState.createEmpty(block.getKey()).merge({
            anchorOffset: start,
            focusOffset: end,
          });
        }
      },
    );
    return range;
  }

  // Asks which source (and page) supports the selected words, in a dialog.
  class CitationSource extends React.Component {
    componentDidMount() {
      const { editorState, entityType, entity, entityKey, onComplete, onClose } = this.props;
      const words = entityType.strings;
      const sources = pageSources();
      const current = entity ? entity.getData() : {};
      const dialog = element('dialog', { class: 'citation-dialog', 'aria-labelledby': 'citation-dialog-title' });
      const form = element('form', { method: 'dialog' });
      dialog.append(form);
      form.append(element('h2', { id: 'citation-dialog-title' }, words.title));
      const finish = (nextState) => {
        dialog.close();
        dialog.remove();
        if (nextState) onComplete(nextState);
        else onClose();
      };
      const selection = editorState.getSelection();
      if (!entity && selection.isCollapsed()) {
        form.append(element('p', {}, words.selectFirst));
      } else if (!sources.length) {
        form.append(element('p', {}, words.noSources));
      }
      const usable = sources.length && (entity || !selection.isCollapsed());
      let select;
      let locator;
      if (usable) {
        select = element('select', { id: 'citation-source', name: 'source' });
        sources.forEach((source, index) => {
          const option = element('option', { value: source.id }, `[${index + 1}] ${source.title}`);
          if (String(current.source) === source.id) option.selected = true;
          select.append(option);
        });
        locator = element('input', { id: 'citation-locator', name: 'locator', type: 'text', maxlength: '100' });
        locator.value = current.locator || '';
        form.append(
          element('p', {}, element('label', { for: 'citation-source' }, words.source), select),
          element('p', {}, element('label', { for: 'citation-locator' }, words.locator), locator),
        );
      }
      const buttons = element('p', { class: 'citation-dialog__buttons' });
      form.append(buttons);
      if (usable) {
        const cite = element('button', { type: 'submit', class: 'button', value: 'cite' }, words.cite);
        buttons.append(cite);
      }
      if (entity) {
        buttons.append(element('button', { type: 'submit', class: 'button button-secondary', value: 'remove' }, words.remove));
      }
      buttons.append(element('button', { type: 'submit', class: 'button button-secondary', value: 'cancel' }, words.cancel));
      dialog.addEventListener('close', () => {
        const content = editorState.getCurrentContent();
        if (dialog.returnValue === 'cite') {
          const data = { source: select.value, locator: locator.value.trim() };
          if (entity) {
            const changed = content.mergeEntityData(entityKey, data);
            finish(EditorState.push(editorState, changed, 'apply-entity'));
            return;
          }
          const withEntity = content.createEntity(entityType.type, 'MUTABLE', data);
          const key = withEntity.getLastCreatedEntityKey();
          const marked = Modifier.applyEntity(withEntity, selection, key);
          finish(EditorState.push(editorState, marked, 'apply-entity'));
        } else if (dialog.returnValue === 'remove') {
          const range = entityRange(editorState, entityKey);
          const unmarked = range ? Modifier.applyEntity(content, range, null) : content;
          finish(EditorState.push(editorState, unmarked, 'apply-entity'));
        } else {
          finish(null);
        }
      });
      document.body.append(dialog);
      dialog.showModal();
    }

    render() {
      return null;
    }
  }

  // A marked claim in the editor: underlined, with its source's number after it.
  function Citation(props) {
    const { entityKey, contentState, onEdit, children } = props;
    const data = contentState.getEntity(entityKey).getData();
    const sources = pageSources();
    const index = sources.findIndex((source) => source.id === String(data.source));
    const label = index >= 0 ? `${index + 1}${data.locator ? `: ${data.locator}` : ''}` : '?';
    const title = index >= 0 ? sources[index].title : '';
    return React.createElement(
      'span',
      {
        className: `citation-claim${index < 0 ? ' citation-claim--missing' : ''}`,
        'data-reference': label,
        title,
        role: 'button',
        onMouseUp: onEdit ? () => onEdit(entityKey) : undefined,
      },
      children,
    );
  }

  window.draftail.registerPlugin(
    { type: 'CITATION', source: CitationSource, decorator: Citation },
    'entityTypes',
  );
})();
