use yew::prelude::*;

/// A `NodeRef` whose element takes the focus after the render in which `deps` first appear or
/// change: where a panel opens, focus follows.
#[hook]
pub fn use_focus_on<D: PartialEq + 'static>(deps: D) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(deps, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    node
}
