//! One line of a quote's form: description (a product's name fills in its unit, price and
//! KDV), quantity, unit, unit price, discount, KDV rate, what the line comes to, and a
//! button that removes it. Each input is named with its line for assistive technology.

use leptos::prelude::*;

use crate::domain::{
    format_plain, Code, Currency, Field, KdvRate, LineDraft, LinePart, Money, Product, QuoteDraft,
};
use crate::ui::controls::{error_of, FieldError};
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn LineRow(
    at: usize,
    draft: RwSignal<Option<QuoteDraft>>,
    errors: RwSignal<Vec<crate::domain::FieldError>>,
    products: Memo<Vec<Product>>,
    on_edit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let line = move || draft.with(|d| d.as_ref().and_then(|d| d.lines.get(at).cloned()));
    let change = move |f: &dyn Fn(&mut LineDraft)| {
        draft.update(|d| {
            if let Some(line) = d.as_mut().and_then(|d| d.lines.get_mut(at)) {
                f(line)
            }
        });
        on_edit.run(());
    };
    let label = move |msg: Msg| {
        i18n.t(Msg::LineOf)
            .replace("{field}", i18n.t(msg))
            .replace("{n}", &(at + 1).to_string())
    };
    let input = move |part: LinePart,
                      msg: Msg,
                      get: fn(&LineDraft) -> String,
                      set: fn(&mut LineDraft, String)| {
        let error = error_of(errors, Field::Line(at as u16, part));
        let id = format!("line-{at}-{}", part_name(part));
        let error_id = format!("{id}-error");
        view! {
            <td>
                <input id=id.clone() aria-label=move || label(msg)
                    list=(part == LinePart::Description).then_some("quote-products")
                    inputmode=matches!(part, LinePart::Quantity | LinePart::UnitPrice | LinePart::Discount).then_some("decimal")
                    prop:value=move || line().map(|l| get(&l)).unwrap_or_default()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=error_id.clone()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        change(&|l| set(l, value.clone()));
                        if part == LinePart::Description {
                            fill_from_product(draft, at, &value, &products.get_untracked());
                        }
                    } />
                <FieldError id=error_id error=error />
            </td>
        }
    };
    let amount = move || {
        let (line, currency) = draft.with(|d| {
            let d = d.as_ref()?;
            Some((d.lines.get(at)?.as_line()?, Currency::parse(&d.currency)?))
        })?;
        let total = line.total().ok()?;
        Some(i18n.money(Money::new(total.net, currency)))
    };
    view! {
        <tr class="quote-line">
            {input(LinePart::Description, Msg::LineDescription, |l| l.description.clone(), |l, v| l.description = v)}
            {input(LinePart::Quantity, Msg::LineQuantity, |l| l.quantity.clone(), |l, v| l.quantity = v)}
            {input(LinePart::Unit, Msg::LineUnit, |l| l.unit.clone(), |l, v| l.unit = v)}
            {input(LinePart::UnitPrice, Msg::LineUnitPrice, |l| l.unit_price.clone(), |l, v| l.unit_price = v)}
            {input(LinePart::Discount, Msg::LineDiscount, |l| l.discount.clone(), |l, v| l.discount = v)}
            <td>
                <select aria-label=move || label(Msg::LineKdv) on:change=move |ev| {
                    if let Some(rate) = KdvRate::from_code(&event_target_value(&ev)) {
                        change(&|l| l.kdv = rate);
                    }
                }>
                    {KdvRate::ALL.iter().copied().map(|rate| view! {
                        <option value=rate.code() selected=move || line().is_some_and(|l| l.kdv == rate)>
                            {move || i18n.label(rate)}
                        </option>
                    }).collect_view()}
                </select>
            </td>
            <td class="amount" aria-label=move || label(Msg::LineAmount)>{amount}</td>
            <td>
                <button type="button" class="link" aria-label=move || label(Msg::LineRemove)
                    on:click=move |_| {
                        draft.update(|d| {
                            if let Some(d) = d {
                                if at < d.lines.len() {
                                    d.lines.remove(at);
                                }
                            }
                        });
                        errors.set(Vec::new());
                        on_edit.run(());
                    }>"×"</button>
            </td>
        </tr>
    }
}

fn part_name(part: LinePart) -> &'static str {
    match part {
        LinePart::Description => "description",
        LinePart::Quantity => "quantity",
        LinePart::Unit => "unit",
        LinePart::UnitPrice => "unit-price",
        LinePart::Discount => "discount",
    }
}

/// A description that is a product's name takes the product's unit and KDV rate, and its
/// price when the product is priced in the quote's currency.
fn fill_from_product(
    draft: RwSignal<Option<QuoteDraft>>,
    at: usize,
    name: &str,
    products: &[Product],
) {
    let Some(product) = products.iter().find(|p| p.name == name.trim()) else {
        return;
    };
    draft.update(|d| {
        let Some(d) = d else { return };
        let same_currency = Currency::parse(&d.currency) == Some(product.unit_price.currency);
        if let Some(line) = d.lines.get_mut(at) {
            line.product = Some(product.id.clone());
            line.unit = product.unit.clone();
            line.kdv = product.kdv;
            if same_currency {
                line.unit_price = format_plain(product.unit_price.minor);
            }
        }
    });
}
