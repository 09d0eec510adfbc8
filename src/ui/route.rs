//! Pages are addressed by the URL's fragment (`#/customer/ID`), so `dist/` works on any
//! static host and from any sub-path, with no server rewrites.

use leptos::prelude::*;

use crate::domain::{CustomerId, QuoteId};

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Customers,
    Archive,
    NewCustomer,
    Customer(CustomerId),
    Sync,
    /// How to send a sync file to a colleague.
    SyncHelp,
    /// The sync page with a colleague's invitation filled in (the link in its QR code).
    Connect(String),
    Board,
    Today,
    Dashboard,
    Data,
    Duplicates,
    /// Two records side by side, to merge them.
    ComparePair(CustomerId, CustomerId),
    Quotes,
    Quote(QuoteId),
    /// A new quote for this customer.
    NewQuote(CustomerId),
    /// A quote as it prints on A4.
    PrintQuote(QuoteId),
    /// The price list and the firm's details.
    Products,
    /// Everything held about a person (KVKK).
    PersonData(CustomerId),
}

impl Route {
    pub fn parse(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("customer", rest)) => match rest.split_once('/') {
                Some((id, "data")) if !id.is_empty() => {
                    Route::PersonData(CustomerId(id.to_owned()))
                }
                None if !rest.is_empty() => Route::Customer(CustomerId(rest.to_owned())),
                _ => Route::Customers,
            },
            Some(("connect", invitation)) => Route::Connect(invitation.to_owned()),
            Some(("quotes", rest)) => match rest.split_once('/') {
                Some(("new", customer)) if !customer.is_empty() => {
                    Route::NewQuote(CustomerId(customer.to_owned()))
                }
                Some((id, "print")) if !id.is_empty() => Route::PrintQuote(QuoteId(id.to_owned())),
                None if !rest.is_empty() => Route::Quote(QuoteId(rest.to_owned())),
                _ => Route::Quotes,
            },
            Some(("duplicates", pair)) => match pair.split_once('/') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() && !b.contains('/') => {
                    Route::ComparePair(CustomerId(a.to_owned()), CustomerId(b.to_owned()))
                }
                _ => Route::Duplicates,
            },
            _ => match path {
                "archive" => Route::Archive,
                "new" => Route::NewCustomer,
                "sync" => Route::Sync,
                "help/sync" => Route::SyncHelp,
                "board" => Route::Board,
                "today" => Route::Today,
                "dashboard" => Route::Dashboard,
                "data" => Route::Data,
                "duplicates" => Route::Duplicates,
                "quotes" => Route::Quotes,
                "products" => Route::Products,
                _ => Route::Customers,
            },
        }
    }

    /// The link to this page.
    pub fn href(&self) -> String {
        match self {
            Route::Customers => "#/".to_owned(),
            Route::Archive => "#/archive".to_owned(),
            Route::NewCustomer => "#/new".to_owned(),
            Route::Customer(id) => format!("#/customer/{}", id.0),
            Route::Sync => "#/sync".to_owned(),
            Route::SyncHelp => "#/help/sync".to_owned(),
            Route::Connect(invitation) => format!("#/connect/{invitation}"),
            Route::Board => "#/board".to_owned(),
            Route::Today => "#/today".to_owned(),
            Route::Dashboard => "#/dashboard".to_owned(),
            Route::Data => "#/data".to_owned(),
            Route::Duplicates => "#/duplicates".to_owned(),
            Route::ComparePair(a, b) => format!("#/duplicates/{}/{}", a.0, b.0),
            Route::Quotes => "#/quotes".to_owned(),
            Route::Quote(id) => format!("#/quotes/{}", id.0),
            Route::NewQuote(customer) => format!("#/quotes/new/{}", customer.0),
            Route::PrintQuote(id) => format!("#/quotes/{}/print", id.0),
            Route::Products => "#/products".to_owned(),
            Route::PersonData(id) => format!("#/customer/{}/data", id.0),
        }
    }
}

/// The page the address shows now (read once, not followed).
pub fn current() -> Route {
    Route::parse(&current_hash())
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current route, following the browser's back and forward buttons.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}

/// Goes to `route`, as a click on its link would.
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}
