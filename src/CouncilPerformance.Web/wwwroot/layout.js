// The menu button of every signed-in page. A static page (a list, the home) has no circuit to ask,
// so the browser shows and hides the drawer on every page, interactive or not. Listening on the
// document means pages swapped in by enhanced navigation need nothing wiring again; the choice to
// hide the menu on a wide screen is kept for the tab, so the next page does not undo it.
(() => {
    const key = 'menu-hidden';
    const narrow = window.matchMedia('(max-width: 959px)');

    const parts = () => ({
        button: document.querySelector('.menu-toggle'),
        drawer: document.getElementById('main-menu'),
        layout: document.querySelector('.mud-layout'),
    });

    const shown = drawer => drawer.classList.contains('mud-drawer--open') &&
        !(narrow.matches && drawer.classList.contains('mud-drawer--initial'));

    const show = (open) => {
        const { button, drawer, layout } = parts();
        if (!drawer || !button) {
            return;
        }
        drawer.classList.remove('mud-drawer--initial');
        drawer.classList.toggle('mud-drawer--open', open);
        drawer.classList.toggle('mud-drawer--closed', !open);
        layout?.classList.toggle('mud-drawer-open-responsive-md-left', open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    };

    // What the page arrived with: open on a wide screen unless hidden before, closed on a narrow one.
    const settle = () => {
        const { button, drawer } = parts();
        if (!drawer || !button) {
            return;
        }
        if (!narrow.matches && sessionStorage.getItem(key) === 'true') {
            show(false);
        } else {
            button.setAttribute('aria-expanded', shown(drawer) ? 'true' : 'false');
        }
    };

    document.addEventListener('click', event => {
        const button = event.target instanceof Element ? event.target.closest('.menu-toggle') : null;
        const { drawer } = parts();
        if (!button || !drawer) {
            return;
        }
        const open = !shown(drawer);
        show(open);
        if (!narrow.matches) {
            sessionStorage.setItem(key, open ? 'false' : 'true');
        }
    });

    // A narrow screen's menu closes once a link in it is followed, as MudDrawer's did.
    document.addEventListener('click', event => {
        if (narrow.matches && event.target instanceof Element && event.target.closest('#main-menu a')) {
            show(false);
        }
    });

    // A filter form marked data-drop-empty sends only the filters chosen, so its address stays short
    // and names what was asked for (/kpis?status=red). It runs before Blazor's enhanced navigation reads
    // the form (capture), and the fields are given back at once.
    document.addEventListener('submit', event => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-drop-empty') || form.method !== 'get') {
            return;
        }
        const empty = [...form.elements].filter(f => f.name && !f.disabled && 'value' in f && f.value === '');
        empty.forEach(f => { f.disabled = true; });
        setTimeout(() => empty.forEach(f => { f.disabled = false; }));
    }, true);

    narrow.addEventListener('change', settle);
    document.addEventListener('DOMContentLoaded', settle);
    window.Blazor?.addEventListener?.('enhancedload', settle);
})();
