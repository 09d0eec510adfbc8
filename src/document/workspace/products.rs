//! Products in the document: the workspace's price list, one commit per intent.

use automerge::transaction::{Transactable, Transaction};
use automerge::{ObjId, ObjType, ReadDoc, ScalarValue};

use super::super::fields::{int, map, put_str, put_time, MapFields};
use super::super::ids::random_id;
use super::super::read::{collection, record, records};
use super::super::schema::PRODUCTS;
use super::{DocumentError, Result, Workspace};
use crate::domain::{
    Code, ColleagueId, Currency, KdvRate, Money, Product, ProductDraft, ProductId,
};

impl Workspace {
    pub fn product(&self, id: &ProductId) -> Option<Product> {
        record(&self.doc, PRODUCTS, &id.0, product_at)
    }

    /// Every product not removed, in no particular order.
    pub fn products(&self) -> Vec<Product> {
        records(&self.doc, PRODUCTS, product_at)
    }

    /// Adds a product or service to the price list.
    pub fn create_product(&mut self, draft: ProductDraft) -> Result<ProductId> {
        let (draft, price) = draft.validated()?;
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        self.ensure_sales()?;
        let id = ProductId(random_id());
        let now = self.now();
        self.commit(&format!("product.create {}", id.0), |tx| {
            let all = collection(tx, PRODUCTS).ok_or(DocumentError::NotAWorkspace)?;
            let obj = tx.put_object(&all, id.0.as_str(), ObjType::Map)?;
            write_fields(tx, &obj, &draft, price)?;
            tx.put(&obj, "removed", false)?;
            put_time(tx, &obj, "created_at", now)?;
            tx.put(&obj, "created_by", me.0.as_str())?;
            Ok(())
        })?;
        Ok(id)
    }

    /// Changes a product: each field written only if it changed, so two colleagues
    /// changing different fields both keep theirs. Quotes already written keep their
    /// own copy of the line.
    pub fn update_product(&mut self, id: &ProductId, draft: ProductDraft) -> Result<()> {
        let (draft, price) = draft.validated()?;
        self.commit(&format!("product.update {}", id.0), |tx| {
            let obj = collection(tx, PRODUCTS)
                .and_then(|all| map(tx, &all, &id.0))
                .ok_or(DocumentError::UnknownProduct)?;
            write_fields(tx, &obj, &draft, price)
        })
    }
}

fn write_fields(
    tx: &mut Transaction<'_>,
    obj: &ObjId,
    draft: &ProductDraft,
    price: Money,
) -> Result<()> {
    put_str(tx, obj, "name", &draft.name)?;
    put_str(tx, obj, "unit", &draft.unit)?;
    if int(tx, obj, "unit_price") != Some(price.minor) {
        tx.put(obj, "unit_price", ScalarValue::Int(price.minor))?;
    }
    put_str(tx, obj, "currency", price.currency.code())?;
    put_str(tx, obj, "kdv", draft.kdv.code())?;
    if super::super::fields::boolean(tx, obj, "archived") != draft.archived {
        tx.put(obj, "archived", draft.archived)?;
    }
    Ok(())
}

fn product_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Product> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    let text = |key: &str| f.string(doc, key).filter(|s| !s.is_empty());
    Some(Product {
        id: ProductId(id.to_owned()),
        name: f.string(doc, "name").unwrap_or_default(),
        unit: f.string(doc, "unit").unwrap_or_default(),
        unit_price: Money::new(
            f.int("unit_price").unwrap_or(0),
            text("currency")
                .and_then(|c| Currency::parse(&c))
                .unwrap_or_default(),
        ),
        // An unknown (newer) rate reads as the usual one, shown so it can be corrected.
        kdv: text("kdv")
            .and_then(|c| KdvRate::from_code(&c))
            .unwrap_or(KdvRate::Twenty),
        archived: f.boolean("archived"),
        created_at: f.int("created_at").unwrap_or(0),
        created_by: text("created_by").map(ColleagueId),
    })
}
