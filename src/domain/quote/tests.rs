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

mod records {
    use crate::domain::{
        next_quote_number, parse_discount, quote_prefix, Colleague, ColleagueId, CustomerId, Field,
        LineDraft, LinePart, Problem, Quote, QuoteDraft, QuoteId, QuoteStatus, DAY_MS,
    };

    fn line(quantity: &str, price: &str, discount: &str) -> LineDraft {
        LineDraft {
            description: "Kurulum".into(),
            quantity: quantity.into(),
            unit: "saat".into(),
            unit_price: price.into(),
            discount: discount.into(),
            ..LineDraft::default()
        }
    }

    fn draft(lines: Vec<LineDraft>) -> QuoteDraft {
        QuoteDraft {
            lines,
            ..QuoteDraft::new(CustomerId("c".into()), 0)
        }
    }

    #[test]
    fn a_checked_draft_carries_its_totals() {
        // 2,5 saat × 1.000,00 = 2.500,00; %10 indirim 250,00 → 2.250,00; KDV %20 = 450,00.
        let checked = draft(vec![line("2,5", "1.000,00", "10")])
            .validated()
            .unwrap();
        assert_eq!(checked.totals.net, 225_000);
        assert_eq!(checked.totals.kdv, 45_000);
        assert_eq!(checked.totals.grand_total, 270_000);
    }

    #[test]
    fn each_bad_value_is_said_at_its_line_and_field() {
        let errors = draft(vec![line("1", "10", ""), line("-1", "abc", "120")])
            .validated()
            .unwrap_err();
        let at: Vec<(Field, Problem)> = errors.into_iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            at,
            [
                (
                    Field::Line(1, LinePart::Quantity),
                    Problem::InvalidNumber("-1".into())
                ),
                (
                    Field::Line(1, LinePart::UnitPrice),
                    Problem::InvalidAmount("abc".into())
                ),
                (
                    Field::Line(1, LinePart::Discount),
                    Problem::OutOfRange { min: 0, max: 100 }
                ),
            ]
        );
        let nameless = LineDraft {
            description: " ".into(),
            ..line("1", "10", "")
        };
        let errors = draft(vec![nameless]).validated().unwrap_err();
        assert_eq!(errors[0].field, Field::Line(0, LinePart::Description));
    }

    #[test]
    fn ten_thousand_lines_or_none_are_refused_as_a_whole() {
        let many = draft(vec![line("1", "1", ""); 10_000])
            .validated()
            .unwrap_err();
        assert_eq!(many.len(), 1, "one message, not ten thousand");
        assert_eq!(many[0].field, Field::Lines);
        let none = draft(Vec::new()).validated().unwrap_err();
        assert_eq!(
            none[0],
            crate::domain::FieldError::new(Field::Lines, Problem::Required)
        );
    }

    #[test]
    fn a_currency_other_than_lira_dollar_or_euro_is_refused() {
        let mut pounds = draft(vec![line("1", "1", "")]);
        pounds.currency = "GBP".into();
        let errors = pounds.validated().unwrap_err();
        assert_eq!(errors[0].field, Field::Currency);
    }

    #[test]
    fn discounts_are_read_in_hundredths_of_a_percent() {
        assert_eq!(parse_discount(""), Some(0));
        assert_eq!(parse_discount("12,5"), Some(1_250));
        assert_eq!(parse_discount("%7.25"), Some(725));
        assert_eq!(parse_discount("100"), Some(10_000));
        for bad in ["100,01", "-3", "abc", "1,234"] {
            assert_eq!(parse_discount(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_quote_edited_comes_back_as_the_draft_it_was() {
        let checked = draft(vec![line("0,125", "1.250,5", "12,5")])
            .validated()
            .unwrap();
        let quote = Quote {
            id: QuoteId("q".into()),
            number: "AY-0001".into(),
            customer: checked.customer.clone(),
            deal: None,
            title: String::new(),
            currency: checked.currency,
            items: checked.items.clone(),
            valid_until: None,
            notes: String::new(),
            payment_terms: String::new(),
            status: QuoteStatus::Draft,
            status_at: None,
            created_at: 0,
            created_by: None,
        };
        let again = QuoteDraft::of(&quote);
        assert_eq!(
            (
                again.lines[0].quantity.as_str(),
                again.lines[0].unit_price.as_str(),
                again.lines[0].discount.as_str()
            ),
            ("0,125", "1250,50", "12,5")
        );
        assert_eq!(again.validated().unwrap().totals, checked.totals);
    }

    #[test]
    fn a_quote_past_its_last_valid_day_shows_as_expired_unless_answered() {
        let mut quote = Quote {
            id: QuoteId("q".into()),
            number: "AY-0001".into(),
            customer: CustomerId("c".into()),
            deal: None,
            title: String::new(),
            currency: crate::domain::Currency::TRY,
            items: Vec::new(),
            valid_until: Some(10 * DAY_MS),
            notes: String::new(),
            payment_terms: String::new(),
            status: QuoteStatus::Sent,
            status_at: None,
            created_at: 0,
            created_by: None,
        };
        assert_eq!(
            quote.status_at_time(11 * DAY_MS - 1),
            QuoteStatus::Sent,
            "the last day holds"
        );
        assert_eq!(quote.status_at_time(11 * DAY_MS), QuoteStatus::Expired);
        quote.status = QuoteStatus::Accepted;
        assert_eq!(quote.status_at_time(20 * DAY_MS), QuoteStatus::Accepted);
    }

    fn colleague(id: &str, name: &str) -> Colleague {
        Colleague {
            id: ColleagueId(id.into()),
            name: name.into(),
        }
    }

    #[test]
    fn each_colleague_has_a_prefix_of_their_own_even_with_the_same_initials() {
        let all = [
            colleague("b", "Ayşe Yılmaz"),
            colleague("a", "Ahmet Yıldız"),
            colleague("c", "İlker Şen"),
            colleague("d", "ırmak"),
        ];
        let prefix = |id: &str| quote_prefix(&ColleagueId(id.into()), &all);
        assert!(prefix("a").starts_with("AY") && prefix("b").starts_with("AY"));
        assert_ne!(prefix("a"), prefix("b"));
        assert!(prefix("c").starts_with("İŞ"), "{}", prefix("c"));
        assert!(prefix("d").starts_with("IR"), "{}", prefix("d"));
        assert_eq!(prefix("a").chars().count(), 4);
        // Each works it out alone, knowing only themselves, and still differs.
        let alone = |c: Colleague| quote_prefix(&c.id.clone(), &[c]);
        assert_eq!(alone(colleague("a", "Ahmet Yıldız")), prefix("a"));
        assert_ne!(alone(colleague("b", "Ayşe Yılmaz")), prefix("a"));
        // Fixed: a prefix never changes between builds (printed quotes carry it).
        assert_eq!(prefix("a"), "AY".to_owned() + &prefix("a")[2..]);
        assert_eq!(
            prefix("a"),
            quote_prefix(&ColleagueId("a".into()), &all[..2])
        );
    }

    #[test]
    fn colleagues_with_the_same_initials_rarely_share_a_prefix_even_unaware() {
        let mut shared = 0;
        let pairs = 2_000;
        for n in 0..pairs {
            let one = colleague(&format!("x{n}"), "Ali Yılmaz");
            let other = colleague(&format!("y{n}"), "Ayla Yurt");
            shared += usize::from(
                quote_prefix(&one.id.clone(), &[one]) == quote_prefix(&other.id.clone(), &[other]),
            );
        }
        assert!(
            shared * 200 < pairs,
            "{shared} of {pairs} pairs share a prefix"
        );
    }

    #[test]
    fn the_next_number_follows_the_highest_of_the_same_prefix_only() {
        let taken = ["AY-0001", "AY-0009", "AY2-0040", "BK-0100", "AY-x"];
        assert_eq!(next_quote_number("AY", taken), "AY-0010");
        assert_eq!(next_quote_number("AY2", taken), "AY2-0041");
        assert_eq!(next_quote_number("CE", taken), "CE-0001");
    }
}
