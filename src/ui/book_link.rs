use yew::prelude::*;

use super::context::Ctx;
use crate::model::UiKey;
use crate::model::{is_safe_url, BookingTarget};

/// Where "Book a session" leads, as the host gave it (`booking-url`, `booking-target`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Booking {
    /// The clinic's booking address, when the host gave one.
    pub url: Option<String>,
    /// Where the link opens.
    pub target: BookingTarget,
}

impl Booking {
    /// The address to link to: only one that is safe to follow.
    pub fn safe_url(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| is_safe_url(u))
    }
}

/// "Book a session", the clinic's booking link (`part="book"`); nothing without a safe address.
///
/// A function, not a component: it has no state, and a component costs the widget its own
/// copy of Yew's generic machinery.
pub fn book_link(ctx: &Ctx, booking: &Booking) -> Html {
    link(ctx, booking, UiKey::Book, "bm-book")
}

/// The same link as a short "Book", for the phone's answer bar.
pub fn book_short(ctx: &Ctx, booking: &Booking) -> Html {
    link(ctx, booking, UiKey::BookShort, "bm-summary-action")
}

fn link(ctx: &Ctx, booking: &Booking, label: UiKey, class: &'static str) -> Html {
    let Some(url) = booking.safe_url() else {
        return Html::default();
    };
    // A new tab gets no handle on this page.
    let rel = (booking.target == BookingTarget::Blank).then_some("noopener");
    html! {
        <a class={classes!("bm-button", "bm-button--primary", class)} part="book" href={url.to_owned()}
            target={booking.target.as_str()} {rel}>{ ctx.t(label) }</a>
    }
}
