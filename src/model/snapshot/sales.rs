//! Products and quotes in the read model: few (a price list, a firm's quotes), so they are
//! kept by id and sorted when asked for.

use super::Snapshot;
use crate::domain::{collation_key, CustomerId, Product, ProductId, Quote, QuoteId};
use crate::model::Records;

impl Snapshot {
    pub fn product(&self, id: &ProductId) -> Option<&Product> {
        self.products.get(id)
    }

    /// The price list by name (Turkish order), archived products last.
    pub fn products(&self) -> Vec<&Product> {
        let mut all: Vec<&Product> = self.products.values().collect();
        all.sort_by_cached_key(|p| (p.archived, collation_key(&p.name), p.id.clone()));
        all
    }

    pub fn quote(&self, id: &QuoteId) -> Option<&Quote> {
        self.quotes.get(id)
    }

    /// Every quote, the newest first.
    pub fn quotes(&self) -> Vec<&Quote> {
        let mut all: Vec<&Quote> = self.quotes.values().collect();
        all.sort_by(|a, b| (b.created_at, &b.id).cmp(&(a.created_at, &a.id)));
        all
    }

    /// A customer's quotes, the newest first; a quote written for a record merged since
    /// is the customer's it became.
    pub fn quotes_of(&self, customer: &CustomerId) -> Vec<&Quote> {
        let mut quotes = self.quotes();
        quotes.retain(|q| &self.current_id(&q.customer) == customer);
        quotes
    }

    pub(super) fn apply_products(&mut self, records: Records<ProductId, Product>) {
        if records.whole {
            self.products.clear();
        }
        for (id, product) in records.changed {
            match product {
                Some(product) => self.products.insert(id, product),
                None => self.products.remove(&id),
            };
        }
    }

    pub(super) fn apply_quotes(&mut self, records: Records<QuoteId, Quote>) {
        if records.whole {
            self.quotes.clear();
        }
        for (id, quote) in records.changed {
            match quote {
                Some(quote) => self.quotes.insert(id, quote),
                None => self.quotes.remove(&id),
            };
        }
    }
}
