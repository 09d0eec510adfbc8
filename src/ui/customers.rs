//! The customer list (and the archive, the same list of archived customers), its
//! selection and bulk actions, and the form for a new customer.

mod bulk_bar;
mod field_filter;
mod list;
mod list_filters;
mod list_row;
mod new_customer;
mod projected_list;
mod saved_views;
mod selection;
mod vcard_file;

pub use list::CustomerList;
pub use new_customer::NewCustomer;
pub use projected_list::ProjectedList;
pub use vcard_file::download_vcards;
