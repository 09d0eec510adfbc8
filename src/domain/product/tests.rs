use super::*;
use crate::domain::Currency;

fn draft(price: &str, currency: &str) -> ProductDraft {
    ProductDraft {
        name: "Bakım hizmeti".into(),
        unit: "saat".into(),
        unit_price: price.into(),
        currency: currency.into(),
        ..ProductDraft::default()
    }
}

#[test]
fn a_price_is_read_as_typed_in_either_style() {
    let (_, price) = draft("1.250,50", "try").validated().unwrap();
    assert_eq!(price, Money::new(125_050, Currency::TRY));
    let (_, price) = draft("99.9", "EUR").validated().unwrap();
    assert_eq!(price, Money::new(9_990, Currency::EUR));
}

#[test]
fn a_bad_price_a_foreign_currency_or_no_name_is_said_at_its_field() {
    let fields = |d: ProductDraft| -> Vec<Field> {
        d.validated()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect()
    };
    assert_eq!(fields(draft("abc", "TRY")), [Field::UnitPrice]);
    assert_eq!(fields(draft("-5", "TRY")), [Field::UnitPrice]);
    assert_eq!(fields(draft("10", "GBP")), [Field::Currency]);
    let nameless = ProductDraft {
        name: "  ".into(),
        ..draft("10", "TRY")
    };
    assert_eq!(fields(nameless), [Field::Name]);
}

#[test]
fn a_product_edited_comes_back_as_the_draft_it_was() {
    let (draft, price) = draft("1.250,50", "TRY").validated().unwrap();
    let product = Product {
        id: ProductId("p".into()),
        name: draft.name.clone(),
        unit: draft.unit.clone(),
        unit_price: price,
        kdv: draft.kdv,
        archived: false,
        created_at: 0,
        created_by: None,
    };
    let again = ProductDraft::of(&product);
    assert_eq!(again.unit_price, "1250,50");
    assert_eq!(again.validated().unwrap().1, price);
}
