//! The customer list (and the archive, the same list of archived customers) and the form
//! for a new customer.

mod list;
mod list_filters;
mod list_row;
mod new_customer;
mod projected_list;

pub use list::CustomerList;
pub use new_customer::NewCustomer;
pub use projected_list::ProjectedList;
