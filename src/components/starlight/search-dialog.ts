/**
 * The search button and dialog of Search.astro: opens on click, Ctrl/Cmd+K or "/", closes
 * on Escape, a followed result or a click outside, and loads the search itself
 * (./search-panel.ts and Pagefind) on the reader's first sign of intent.
 */

/** True when a key press is text entry, so "/" must not open search. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

class SiteSearch extends HTMLElement {
  #panel: Promise<void> | undefined;

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;
    const panelRoot = this.querySelector<HTMLElement>('[data-search-panel]')!;
    const input = panelRoot.querySelector('input')!;

    /** Loads the search once: on first intent, then reused. */
    const load = () => {
      this.#panel ??= import('./search-panel')
        .then(({ mountSearchPanel }) => mountSearchPanel(panelRoot))
        .catch((error: unknown) => {
          this.#panel = undefined; // offline for a moment: try again on the next intent
          console.warn('Search could not load', error);
        });
      return this.#panel;
    };

    /** Close the dialog when a result is followed or the reader clicks outside it. */
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      const isLink = target instanceof Element && target.closest('a[href]') !== null;
      if (isLink || (document.body.contains(target) && !dialogFrame.contains(target))) closeModal();
    };

    const openModal = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      void load();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };
    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.addEventListener('pointerenter', load, { once: true });
    openBtn.addEventListener('focus', load, { once: true });
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    // A search box would spend the first Escape on clearing itself: close at once, as Starlight does.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeModal();
      }
    });

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) closeModal();
        else openModal();
      } else if (
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !dialog.open &&
        !isTyping(event.target)
      ) {
        event.preventDefault();
        openModal();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);
