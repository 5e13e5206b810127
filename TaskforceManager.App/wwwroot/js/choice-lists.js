// A choice in a drop-down list (a select's or a menu's) must not take the focus from the field that opened the list.
// When it did, the list's field saw the focus leave while its list was still open and asked the server to take the
// focus back; that request arrived a round trip later, often after the user had moved on to the next field, and
// what they typed there went to the list's field instead. Keeping the focus where it is on pressing a choice (the
// click still chooses it) leaves the field with the focus after the choice, as the keyboard leaves it.
document.addEventListener("mousedown", event => {
    if (event.button === 0 && event.target instanceof Element && event.target.closest(".mud-popover .mud-list-item")) {
        event.preventDefault();
    }
}, true);
