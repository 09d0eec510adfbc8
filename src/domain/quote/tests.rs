use super::*;

fn line(quantity: i64, unit_price: i64, discount: i64, kdv: KdvRate) -> QuoteLine {
    QuoteLine {
        description: "Kalem".into(),
        quantity,
        unit: "adet".into(),
        unit_price,
        discount,
        kdv,
    }
}

#[test]
fn three_pieces_at_1250_lira_with_10_percent_off_and_20_percent_kdv() {
    // By hand: 3 × 1.250,00 = 3.750,00; 10 % off = 375,00; net 3.375,00;
    // KDV 20 % of it = 675,00; total 4.050,00.
    let totals = quote_totals(
        &[line(3_000, 125_000, 1_000, KdvRate::Twenty)],
        Currency::TRY,
    )
    .unwrap();
    assert_eq!(
        totals.lines[0],
        LineTotal {
            gross: 375_000,
            discount: 37_500,
            net: 337_500,
            kdv: 67_500
        }
    );
    assert_eq!(
        (totals.net, totals.kdv, totals.grand_total),
        (337_500, 67_500, 405_000)
    );
    assert_eq!(totals.discount, 37_500);
}

#[test]
fn a_fractional_quantity_rounds_half_away_from_zero_to_the_kurus() {
    // By hand: 2,5 hours × 333,33 = 833,325 → 833,33; KDV 20 % = 166,666 → 166,67.
    let totals = quote_totals(&[line(2_500, 33_333, 0, KdvRate::Twenty)], Currency::TRY).unwrap();
    assert_eq!(totals.lines[0].net, 83_333);
    assert_eq!(totals.lines[0].kdv, 16_667);
    assert_eq!(totals.grand_total, 100_000);
}

#[test]
fn kdv_is_rounded_on_each_line_as_invoices_do() {
    // Three lines of 0,05 at 10 %: 0,005 of KDV each rounds to 0,01, so 0,03 in all
    // (on the total it would have been 0,015 → 0,02).
    let lines = vec![line(1_000, 5, 0, KdvRate::Ten); 3];
    let totals = quote_totals(&lines, Currency::TRY).unwrap();
    assert_eq!(totals.kdv, 3);
    assert_eq!(totals.grand_total, 18);
}

#[test]
fn totals_per_rate_each_with_its_own_kdv() {
    // By hand: 100,00 at 1 % → 1,00; 200,00 at 10 % → 20,00; 50,00 at 0 %; another
    // 100,00 at 1 % → 1,00. Per rate: 0 %: 50,00 / 0; 1 %: 200,00 / 2,00; 10 %: 200,00 / 20,00.
    let lines = [
        line(1_000, 10_000, 0, KdvRate::One),
        line(1_000, 20_000, 0, KdvRate::Ten),
        line(1_000, 5_000, 0, KdvRate::Zero),
        line(1_000, 10_000, 0, KdvRate::One),
    ];
    let totals = quote_totals(&lines, Currency::EUR).unwrap();
    let per_rate: Vec<(i64, i64, i64)> = totals
        .per_rate
        .iter()
        .map(|r| (r.rate.percent(), r.net, r.kdv))
        .collect();
    assert_eq!(
        per_rate,
        [(0, 5_000, 0), (1, 20_000, 200), (10, 20_000, 2_000)]
    );
    assert_eq!(
        (totals.net, totals.kdv, totals.grand_total),
        (45_000, 2_200, 47_200)
    );
    assert_eq!(totals.currency, Currency::EUR);
}

#[test]
fn a_whole_discount_leaves_nothing_to_pay() {
    let totals = quote_totals(
        &[line(1_000, 99_999, 10_000, KdvRate::Twenty)],
        Currency::USD,
    )
    .unwrap();
    assert_eq!((totals.net, totals.kdv, totals.grand_total), (0, 0, 0));
}

#[test]
fn bad_lines_are_named_and_nothing_is_totalled() {
    let good = line(1_000, 100, 0, KdvRate::Twenty);
    let cases = [
        (line(0, 100, 0, KdvRate::Twenty), LineProblem::Quantity),
        (line(-1_000, 100, 0, KdvRate::Twenty), LineProblem::Quantity),
        (line(1_000, -1, 0, KdvRate::Twenty), LineProblem::UnitPrice),
        (
            line(1_000, 100, 10_001, KdvRate::Twenty),
            LineProblem::Discount,
        ),
        (line(1_000, 100, -1, KdvRate::Twenty), LineProblem::Discount),
        (
            line(MAX_QUANTITY, MAX_AMOUNT, 0, KdvRate::Twenty),
            LineProblem::TooLarge,
        ),
    ];
    for (bad, problem) in cases {
        assert_eq!(
            quote_totals(&[good.clone(), bad.clone()], Currency::TRY),
            Err(QuoteProblem::Line(1, problem)),
            "{bad:?}"
        );
    }
}

#[test]
fn ten_thousand_lines_or_another_currency_are_refused() {
    let lines = vec![line(1_000, 100, 0, KdvRate::Twenty); 10_000];
    assert_eq!(
        quote_totals(&lines, Currency::TRY),
        Err(QuoteProblem::TooManyLines)
    );
    assert!(quote_totals(&lines[..MAX_LINES], Currency::TRY).is_ok());
    assert_eq!(
        quote_totals(&lines[..1], Currency::GBP),
        Err(QuoteProblem::Currency)
    );
}

#[test]
fn quantities_are_read_as_typed() {
    assert_eq!(parse_quantity("2"), Some(2_000));
    assert_eq!(parse_quantity("2,5"), Some(2_500));
    assert_eq!(parse_quantity("2.5"), Some(2_500));
    assert_eq!(parse_quantity(" 0,125 "), Some(125));
    assert_eq!(parse_quantity(",5"), Some(500));
    for bad in [
        "",
        "abc",
        "-1",
        "0",
        "1,2345",
        "1.000.000,5",
        "2 adet",
        "1e3",
    ] {
        assert_eq!(parse_quantity(bad), None, "{bad}");
    }
    assert_eq!(parse_quantity("1000001"), None, "beyond a million units");
}

#[test]
fn the_rates_are_the_ones_in_force() {
    use crate::domain::Code;
    let codes: Vec<&str> = KdvRate::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes, ["0", "1", "10", "20"]);
    assert_eq!(KdvRate::from_code("18"), None, "the old 18 % rate is gone");
}
