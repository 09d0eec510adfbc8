//! The metrics as the UI reads them from the snapshot, on a small hand-made workspace.
//! The arithmetic of each metric is tested in the domain; here, that the snapshot feeds
//! each one the right records.

use super::*;
use crate::document::Workspace;
use crate::domain::{
    Currency, CustomerDraft, DealDraft, DealStage, DissolutionReason, InteractionDraft,
    InteractionKind, Segment, Today, DAY_MS,
};

fn clock() -> i64 {
    1_763_800_000_000
}

fn today() -> Today {
    Today::starting_at(clock() - clock().rem_euclid(DAY_MS))
}

/// Ayşe: contact days 50, 40, 30, 28, 20 days ago (rhythm 8, line 16, 4 days past).
/// Burak: every 2 days up to 2 days ago (fine). Cem: added today, never contacted.
/// Derya: 19, 17, 15 days ago (rhythm 2, line 14, 1 day past). Ece: dissolved, silent.
/// Deals: Ayşe won 500 lira; Burak won 300 lira and 100 euro; Cem has a 1,000 lira quote.
fn sample() -> (Workspace, Vec<CustomerId>) {
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join("Ayşe").unwrap();
    let mut ids = Vec::new();
    for name in ["Ayşe", "Burak", "Cem", "Derya", "Ece"] {
        let draft = CustomerDraft {
            name: name.into(),
            ..Default::default()
        };
        ids.push(ws.create_customer(draft).unwrap());
    }
    let log = |ws: &mut Workspace, who: usize, days_ago: i64, rating: Option<i64>| {
        let draft = InteractionDraft {
            satisfaction: rating,
            kind: InteractionKind::Contact,
            ..InteractionDraft::new(today().start - days_ago * DAY_MS + 10 * 3_600_000)
        };
        ws.log_interaction(&ids[who], draft).unwrap();
    };
    for days in [50, 40, 30, 28, 20] {
        log(&mut ws, 0, days, None);
    }
    for (days, rating) in [(6, Some(3)), (4, None), (2, Some(5))] {
        log(&mut ws, 1, days, rating);
    }
    for days in [19, 17, 15] {
        log(&mut ws, 3, days, None);
    }
    log(&mut ws, 4, 300, None);
    let dissolved =
        CustomerUpdate::Stage(Stage::Dissolution, Some(DissolutionReason::NeedsChanged));
    ws.update_customer(&ids[4], dissolved).unwrap();
    let won = |customer: &CustomerId, amount: &str, currency: &str| DealDraft {
        stage: DealStage::Won,
        currency: currency.into(),
        ..DealDraft::quote(customer.clone(), "Satış", amount)
    };
    ws.create_deal(won(&ids[0], "500", "TRY")).unwrap();
    ws.create_deal(won(&ids[1], "300", "TRY")).unwrap();
    ws.create_deal(won(&ids[1], "100", "EUR")).unwrap();
    ws.create_deal(DealDraft::quote(ids[2].clone(), "Teklif", "1000"))
        .unwrap();
    (ws, ids)
}

use crate::domain::CustomerUpdate;

#[test]
fn the_at_risk_list_has_the_silent_ongoing_customers_most_overdue_first() {
    let (ws, ids) = sample();
    let snapshot = ws.snapshot();
    let list = snapshot.at_risk(today());
    let names: Vec<&str> = list.iter().map(|r| r.customer.name.as_str()).collect();
    assert_eq!(names, ["Ayşe", "Derya"], "Ece is dissolved, Cem is new");
    assert_eq!(list[0].health.silence.unwrap().overdue_days, 4);
    assert_eq!(list[1].health.silence.unwrap().overdue_days, 1);
    let burak = snapshot.health(&ids[1], today()).unwrap();
    assert_eq!(
        (burak.rhythm.unwrap().days, burak.days_since_contact),
        (2, 2)
    );
    assert_eq!(snapshot.health(&ids[2], today()).unwrap().contacts, 0);
}

#[test]
fn value_pareto_and_segments_come_from_won_deals() {
    let (ws, ids) = sample();
    let snapshot = ws.snapshot();
    assert_eq!(snapshot.revenue(&ids[1]).in_currency(Currency::EUR), 10_000);
    assert_eq!(
        snapshot.revenue(&ids[2]).won_deals,
        0,
        "a quote is not revenue"
    );
    let total = snapshot.total_revenue();
    assert_eq!(total.in_currency(Currency::TRY), 80_000);
    assert_eq!(total.in_currency(Currency::EUR), 10_000);
    // Lira: 500 + 300 = 800 over 5 customers; 75% is 600: Ayşe (500) and Burak (800),
    // 2 of 5 = 40%. The euro deal is not added in.
    let pareto = snapshot.pareto(Currency::TRY);
    assert_eq!((pareto.total, pareto.top.len()), (80_000, 2));
    assert_eq!(pareto.share_percent(), Some(40));
    let top = snapshot.top_customers(Currency::TRY, 1);
    assert_eq!((top[0].0.name.as_str(), top[0].1), ("Ayşe", 50_000));
    // Both won today (recency 5). Frequency: Ayşe 1 deal -> 1 of 2 no better -> 3;
    // Burak 2 -> 5. Ayşe: one deal, recent: new. Burak: r5 f5: champion.
    let segments = snapshot.segments(Currency::TRY, today());
    assert_eq!(segments[&ids[0]].segment, Segment::New);
    assert_eq!((segments[&ids[1]].r, segments[&ids[1]].f), (5, 5));
    assert_eq!(segments.len(), 2, "only paying customers have a segment");
    let champions = snapshot.in_segment(Segment::Champions, Currency::TRY, today());
    assert_eq!(champions.len(), 1);
    assert_eq!(champions[0].name, "Burak");
}

#[test]
fn dashboard_counts_the_funnel_weeks_and_ratings() {
    let (ws, ids) = sample();
    let snapshot = ws.snapshot();
    let funnel = snapshot.stage_counts();
    assert_eq!(funnel[0], (Stage::Exploration, 4));
    assert_eq!(funnel[4], (Stage::Dissolution, 1));
    // Two weeks ending today: days 13..7 ago and 6..0 ago. Only Burak's contacts (6, 4
    // and 2 days ago, by phone) fall in them, all in the second week, rated 3 and 5.
    let weeks = snapshot.weekly_activity(today(), 2);
    assert_eq!(weeks[0].start, today().start - 13 * DAY_MS);
    assert_eq!((weeks[0].interactions(), weeks[1].interactions()), (0, 3));
    assert_eq!(weeks[1].by_channel[0], (crate::domain::Channel::Phone, 3));
    assert_eq!(weeks[1].ratings.average_tenths(), Some(40));
    // Burak's ratings, 3 then 5: one window, no trend yet.
    let s = snapshot.satisfaction(&ids[1]);
    assert_eq!((s.recent.count, s.trend), (2, None));
}

#[test]
fn incremental_refresh_matches_a_fresh_read() {
    let (mut ws, ids) = sample();
    let mut snapshot = ws.snapshot();
    let before = ws.heads();
    let deal = ws.deals_in_test(&ids[2]);
    ws.update_deal(
        &deal,
        crate::domain::DealUpdate::Stage(DealStage::Won, None),
    )
    .unwrap();
    ws.remove_deal(&ws.deals_in_test(&ids[0])).unwrap();
    snapshot.apply(ws.patch_since(&before));
    let fresh = ws.snapshot();
    assert_eq!(snapshot.pareto(Currency::TRY), fresh.pareto(Currency::TRY));
    assert_eq!(snapshot.deals().count(), fresh.deals().count());
    assert_eq!(
        snapshot.revenue(&ids[2]).in_currency(Currency::TRY),
        100_000
    );
}

impl Workspace {
    /// The first deal of a customer, for these tests.
    fn deals_in_test(&self, customer: &CustomerId) -> crate::domain::DealId {
        let deals = self.deals();
        deals
            .into_iter()
            .find(|d| &d.customer == customer)
            .unwrap()
            .id
    }
}

#[test]
fn an_owner_is_named_and_none_or_unknown_is_empty() {
    let (ws, _) = sample();
    let snapshot = ws.snapshot();
    let me = ws.me().cloned();
    assert_eq!(snapshot.owner_name(me.as_ref()), "Ayşe");
    assert_eq!(snapshot.owner_name(None), "");
    assert_eq!(snapshot.owner_name(Some(&ColleagueId("nobody".into()))), "");
}

#[test]
fn a_tag_is_listed_once_spelled_as_most_customers_spell_it() {
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join("Ayşe").unwrap();
    let tagged = |tags: &[&str]| CustomerDraft {
        name: "Müşteri".into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    };
    // Fuar 2 to 1, İzmir 2 to 1, Ankara 1 to 1 (a tie: the first in code-point order).
    let customers: [&[&str]; 5] = [
        &["fuar"],
        &["Fuar", "izmir"],
        &["Fuar", "İzmir"],
        &["İzmir", "ankara"],
        &["Ankara"],
    ];
    for tags in customers {
        ws.create_customer(tagged(tags)).unwrap();
    }
    assert_eq!(ws.snapshot().tags(), ["Ankara", "Fuar", "İzmir"]);
}

#[test]
fn the_list_order_follows_every_change_after_it_was_worked_out() {
    let (mut ws, ids) = sample();
    let mut snapshot = ws.snapshot();
    let names = |s: &Snapshot, sort: SortBy| -> Vec<String> {
        let query = ListQuery {
            sort,
            ..ListQuery::default()
        };
        s.list(&query).into_iter().map(|c| c.name.clone()).collect()
    };
    assert_eq!(
        names(&snapshot, SortBy::Name),
        ["Ayşe", "Burak", "Cem", "Derya", "Ece"]
    );
    let before = ws.heads();
    ws.update_customer(&ids[0], crate::domain::CustomerUpdate::Name("Zafer".into()))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert_eq!(
        names(&snapshot, SortBy::Name),
        ["Burak", "Cem", "Derya", "Ece", "Zafer"]
    );
    let before = ws.heads();
    ws.log_interaction(&ids[4], InteractionDraft::new(clock() - 1_000))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert_eq!(names(&snapshot, SortBy::LastContact)[0], "Ece");
    // A copy starts without the worked-out orders and gives the same lists.
    let copy = snapshot.clone();
    assert_eq!(
        names(&copy, SortBy::LastContact),
        names(&snapshot, SortBy::LastContact)
    );
}

#[test]
fn the_whole_read_model_builds_the_same_snapshot_again() {
    let (mut ws, ids) = sample();
    ws.merge_customers(&ids[0], &ids[3], Vec::new()).unwrap();
    let snapshot = ws.snapshot();
    let whole = snapshot.whole();
    assert_eq!(
        whole,
        ws.read_model(),
        "the records as the document holds them"
    );
    assert_eq!(whole.customers.len(), 5, "the merged record is kept too");
    let mut again = Snapshot::default();
    again.apply(whole.clone());
    assert_eq!(again.whole(), whole);
    assert_eq!(again.customer_count(), snapshot.customer_count());
    let query = ListQuery::default();
    assert_eq!(again.list(&query), snapshot.list(&query));
    assert_eq!(again.at_risk(today()), snapshot.at_risk(today()));
    assert_eq!(
        again.timeline(&ids[0]).len(),
        snapshot.timeline(&ids[0]).len()
    );
}

#[test]
fn a_growing_search_narrows_the_list_it_had_to_the_same_result() {
    let (ws, _) = sample();
    let snapshot = ws.snapshot();
    let query = |text: &str| ListQuery {
        text: text.into(),
        ..ListQuery::default()
    };
    let ids = |list: Vec<&Customer>| list.into_iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let mut shown = ids(snapshot.list(&query("")));
    for (earlier, text) in [("", "a"), ("a", "ay"), ("ay", "ayşe "), ("ayşe ", "AYSE")] {
        assert!(
            query(text).narrows(&query(earlier)),
            "{earlier:?} -> {text:?}"
        );
        let narrowed: Vec<CustomerId> = snapshot
            .narrow(&query(text), &shown)
            .into_iter()
            .cloned()
            .collect();
        assert_eq!(narrowed, ids(snapshot.list(&query(text))), "{text:?}");
        shown = narrowed;
    }
    // Text taken away, or another filter: the whole list is filtered again.
    assert!(!query("ay").narrows(&query("ays")));
    assert!(!query("ay").narrows(&query("b")));
    let archived = ListQuery {
        archived: true,
        ..query("ays")
    };
    assert!(!archived.narrows(&query("ay")));
}

/// Every order, against the same rules written plainly: the snapshot's own keys and
/// cached lookups must give what sorting by the records themselves gives.
#[test]
fn every_order_sorts_as_its_rule_says() {
    use crate::domain::collation_key;
    let size = crate::document::sample::SampleSize {
        customers: 60,
        interactions: 150,
        colleagues: 2,
    };
    let snapshot = crate::document::sample::generate(size, clock(), 11).snapshot();
    let name = |c: &Customer| (collation_key(&c.name), c.id.clone());
    type Rule<'a> = Box<dyn Fn(&Customer, &Customer) -> std::cmp::Ordering + 'a>;
    let rules: [(SortBy, Rule<'_>); 5] = [
        (SortBy::Name, Box::new(|a, b| name(a).cmp(&name(b)))),
        (
            SortBy::City,
            Box::new(|a, b| {
                (collation_key(&a.city), name(a)).cmp(&(collation_key(&b.city), name(b)))
            }),
        ),
        (
            SortBy::Stage,
            Box::new(|a, b| (a.stage, name(a)).cmp(&(b.stage, name(b)))),
        ),
        (
            SortBy::Created,
            Box::new(|a, b| (a.created_at, name(a)).cmp(&(b.created_at, name(b)))),
        ),
        (
            SortBy::LastContact,
            Box::new(|a, b| {
                let last = |c: &Customer| Reverse(snapshot.last_contact(&c.id).unwrap_or(i64::MIN));
                (last(a), name(a)).cmp(&(last(b), name(b)))
            }),
        ),
    ];
    for (sort, rule) in rules {
        let mut expected: Vec<&Customer> =
            snapshot.all_customers().filter(|c| !c.archived).collect();
        expected.sort_by(|a, b| rule(a, b));
        let listed = snapshot.list(&ListQuery {
            sort,
            ..ListQuery::default()
        });
        let ids = |list: &[&Customer]| list.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&listed), ids(&expected), "{sort:?}");
        // Searched in that order: the customers whose own text matches, nobody else.
        for text in ["a", "ay", "e k", "0532"] {
            let words = crate::domain::Query::new(text);
            let matching: Vec<&Customer> = expected
                .iter()
                .copied()
                .filter(|c| SearchText::of(c, snapshot.company_name(c)).matches(&words))
                .collect();
            let found = snapshot.list(&ListQuery {
                sort,
                text: text.into(),
                ..ListQuery::default()
            });
            assert_eq!(ids(&found), ids(&matching), "{sort:?} {text:?}");
        }
    }
}

/// The segments are worked out once, kept while only interactions change, and follow a
/// deal, an archived customer, another day or currency at once.
#[test]
fn segments_are_kept_until_customers_or_deals_change() {
    let (mut ws, ids) = sample();
    let mut snapshot = ws.snapshot();
    let first = snapshot.segments(Currency::TRY, today());
    assert_eq!(first.len(), 2);
    let before = ws.heads();
    ws.log_interaction(&ids[0], InteractionDraft::new(clock() - 1_000))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert!(Arc::ptr_eq(
        &first,
        &snapshot.segments(Currency::TRY, today())
    ));
    let tomorrow = Today::starting_at(today().start + DAY_MS);
    assert!(!Arc::ptr_eq(
        &first,
        &snapshot.segments(Currency::TRY, tomorrow)
    ));
    let fresh = |s: &Snapshot, currency, day| s.clone().segments(currency, day);
    assert_eq!(
        snapshot.segments(Currency::EUR, today()),
        fresh(&snapshot, Currency::EUR, today())
    );
    assert_ne!(
        snapshot.segments(Currency::EUR, today()),
        snapshot.segments(Currency::TRY, today())
    );

    let before = ws.heads();
    let won = DealDraft {
        stage: DealStage::Won,
        ..DealDraft::quote(ids[3].clone(), "Yeni", "700")
    };
    ws.create_deal(won).unwrap();
    snapshot.apply(ws.patch_since(&before));
    let after_deal = snapshot.segments(Currency::TRY, today());
    assert_eq!(after_deal.len(), 3, "Derya pays now");
    assert_eq!(after_deal, fresh(&snapshot, Currency::TRY, today()));

    let before = ws.heads();
    ws.set_archived(&ids[3], true).unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert_eq!(snapshot.segments(Currency::TRY, today()).len(), 2);
}

#[test]
fn a_prepared_order_is_kept_until_the_next_patch() {
    let (mut ws, ids) = sample();
    let mut snapshot = ws.snapshot();
    assert!(snapshot.orders.get(SortBy::Name).is_none());
    snapshot.prepare_list(&ListQuery::default());
    assert!(snapshot.orders.get(SortBy::Name).is_some());
    let before = ws.heads();
    ws.update_customer(&ids[1], CustomerUpdate::Name("Zerrin".into()))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert!(snapshot.orders.get(SortBy::Name).is_none());
}

/// Two colleagues merged one duplicate into different customers at once, and a third,
/// who had seen neither, logged a call and a deal on the duplicate. The document keeps
/// the later merge; a read model kept from patches must show the call and the deal where
/// a fresh read does (found by the simulator: they stayed on the customer of the merge
/// the document did not keep).
#[test]
fn what_was_moved_for_a_merge_moves_again_when_the_merge_changes() {
    use crate::document::Engine;
    use crate::protocol::Request;
    let mut ayse = Workspace::new();
    ayse.set_clock(clock);
    ayse.join("Ayşe").unwrap();
    let mut made = Vec::new();
    for name in ["Çağrı Kaya", "Çagri Kaya", "Cagri Kaya"] {
        let draft = CustomerDraft {
            name: name.into(),
            ..Default::default()
        };
        made.push(ayse.create_customer(draft).unwrap());
    }
    let (duplicate, kept, other) = (made[0].clone(), made[1].clone(), made[2].clone());
    let copy = |name: &str| {
        let mut w = Workspace::load(&ayse.save()).unwrap();
        w.set_clock(clock);
        w.join(name).unwrap();
        w
    };
    let since = ayse.heads();
    let (mut mehmet, mut zeynep) = (copy("Mehmet"), copy("Zeynep"));
    mehmet
        .log_interaction(&duplicate, InteractionDraft::new(clock()))
        .unwrap();
    mehmet
        .create_deal(DealDraft::quote(duplicate.clone(), "Kurulum", "100"))
        .unwrap();
    // Zeynep writes more before her merge, so hers is the later one in the document.
    for n in 0..40 {
        let city = CustomerUpdate::City(format!("Şehir {n}"));
        zeynep.update_customer(&other, city).unwrap();
    }
    zeynep
        .merge_customers(&other, &duplicate, Vec::new())
        .unwrap();

    let mut engine = Engine::new(ayse);
    let mut page = Snapshot::default();
    page.apply(engine.read_model());
    let send = |engine: &mut Engine, page: &mut Snapshot, request| {
        let reply = engine.handle(request);
        page.apply(reply.patch);
        assert!(reply.answer.is_ok());
    };
    let merge = Request::MergeCustomers {
        keep: kept.clone(),
        other: duplicate.clone(),
        updates: Vec::new(),
    };
    send(&mut engine, &mut page, merge);
    send(
        &mut engine,
        &mut page,
        Request::MergeBytes(mehmet.save_after(&since)),
    );
    assert_eq!(
        page.timeline(&kept).len(),
        1,
        "shown on the customer it became"
    );
    send(
        &mut engine,
        &mut page,
        Request::MergeBytes(zeynep.save_after(&since)),
    );
    let placed = |s: &Snapshot| {
        let mut all: Vec<String> = s
            .all_customers()
            .map(|c| {
                let timeline: Vec<_> = s.timeline(&c.id).iter().map(|i| i.id.clone()).collect();
                let deals: Vec<_> = s.deals_of(&c.id).iter().map(|d| d.id.clone()).collect();
                format!("{} {timeline:?} {deals:?}", c.name)
            })
            .collect();
        all.sort();
        all
    };
    let fresh = engine.workspace().snapshot();
    assert_eq!(
        fresh.merged_into(&duplicate),
        Some(other.clone()),
        "Zeynep's merge is kept"
    );
    assert_eq!(placed(&page), placed(&fresh));
    assert_eq!(page.timeline(&other).len(), 1);
    assert_eq!(page.deals_of(&other).len(), 1);
}

#[test]
fn reminders_ring_as_their_times_come_and_stop_when_settled_or_moved() {
    use crate::domain::{CommitmentDraft, CommitmentStatus, CommitmentUpdate};
    let (mut ws, ids) = sample();
    let me = ws.me().cloned();
    let remind = |ws: &mut Workspace, title: &str, at: i64| {
        let draft = CommitmentDraft {
            remind_at: Some(at),
            ..CommitmentDraft::promise(ids[0].clone(), title, clock() + DAY_MS)
        };
        ws.create_commitment(draft).unwrap()
    };
    let early = remind(&mut ws, "Erken", clock() - 60_000);
    let later = remind(&mut ws, "Sonra", clock() + 60_000);
    let settled = remind(&mut ws, "Bitti", clock() - 120_000);
    let mut snapshot = ws.snapshot();
    let titles = |s: &Snapshot, now: i64| -> Vec<String> {
        s.reminders_due(now, me.as_ref())
            .into_iter()
            .map(|c| c.title.clone())
            .collect()
    };
    assert_eq!(titles(&snapshot, clock()), ["Bitti", "Erken"]);
    assert_eq!(
        titles(&snapshot, clock() + 60_000),
        ["Bitti", "Erken", "Sonra"]
    );

    let before = ws.heads();
    ws.update_commitment(&settled, CommitmentUpdate::Status(CommitmentStatus::Kept))
        .unwrap();
    ws.update_commitment(&early, CommitmentUpdate::Reminder(Some(clock() + 120_000)))
        .unwrap();
    ws.update_commitment(&later, CommitmentUpdate::Reminder(None))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert!(titles(&snapshot, clock() + 60_000).is_empty());
    assert_eq!(titles(&snapshot, clock() + 120_000), ["Erken"]);
    assert_eq!(
        titles(&snapshot, clock() + 120_000),
        titles(&ws.snapshot(), clock() + 120_000)
    );
}

#[test]
fn the_list_filters_sorts_and_searches_by_custom_fields() {
    use crate::domain::{CustomField, CustomerUpdate, FieldKind};
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join("Ayşe").unwrap();
    let define = |ws: &mut Workspace, name: &str, kind, options: &[&str]| {
        ws.save_field(CustomField {
            name: name.into(),
            kind,
            options: options.iter().map(|o| o.to_string()).collect(),
            ..CustomField::default()
        })
        .unwrap()
    };
    let sector = define(&mut ws, "Sektör", FieldKind::Choice, &["Gıda", "İnşaat"]);
    let staff = define(&mut ws, "Çalışan", FieldKind::Number, &[]);
    let invoice = define(&mut ws, "E-fatura", FieldKind::YesNo, &[]);
    for (name, sector_value, staff_value) in [
        ("Ahmet", "Gıda", "9"),
        ("Bora", "İnşaat", "120"),
        ("Cemre", "Gıda", ""),
        ("Deniz", "", "10"),
    ] {
        let id = ws
            .create_customer(CustomerDraft {
                name: name.into(),
                ..Default::default()
            })
            .unwrap();
        for (field, value) in [
            (&sector, sector_value),
            (&staff, staff_value),
            (&invoice, "evet"),
        ] {
            ws.update_customer(&id, CustomerUpdate::Custom(field.clone(), value.into()))
                .unwrap();
        }
    }
    let mut snapshot = Snapshot::default();
    snapshot.apply(ws.read_model());
    let names = |query: &ListQuery| -> Vec<String> {
        snapshot
            .list(query)
            .into_iter()
            .map(|c| c.name.clone())
            .collect()
    };
    let filtered = |value: &str| ListQuery {
        field_filter: Some((sector.clone(), value.into())),
        ..ListQuery::default()
    };
    assert_eq!(names(&filtered("gida")), ["Ahmet", "Cemre"]);
    assert_eq!(names(&filtered("")), ["Deniz"], "no value");
    let by_staff = ListQuery {
        field_sort: Some(staff.clone()),
        ..ListQuery::default()
    };
    assert_eq!(names(&by_staff), ["Ahmet", "Deniz", "Bora", "Cemre"]);
    let descending = ListQuery {
        descending: true,
        ..by_staff
    };
    assert_eq!(names(&descending), ["Bora", "Deniz", "Ahmet", "Cemre"]);
    let search = |text: &str| ListQuery {
        text: text.into(),
        ..ListQuery::default()
    };
    assert_eq!(names(&search("insaat")), ["Bora"]);
    assert!(
        names(&search("yes")).is_empty(),
        "yes/no values are not words"
    );
    // A removed field no longer filters, sorts or is searched.
    let mut removed = snapshot
        .fields
        .iter()
        .find(|f| f.id == sector)
        .unwrap()
        .clone();
    removed.removed = true;
    ws.save_field(removed).unwrap();
    let mut snapshot = Snapshot::default();
    snapshot.apply(ws.read_model());
    assert_eq!(snapshot.list(&filtered("gida")).len(), 4);
    assert!(snapshot.list(&search("insaat")).is_empty());
}

#[test]
fn the_list_filters_by_consent_given_or_not() {
    use crate::domain::{ConsentDraft, ConsentSource, ConsentState, Purpose};
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join("Ayşe").unwrap();
    let mut ids = Vec::new();
    for name in ["Ahmet", "Bora", "Cemre"] {
        let draft = CustomerDraft {
            name: name.into(),
            ..Default::default()
        };
        ids.push(ws.create_customer(draft).unwrap());
    }
    let record = |ws: &mut Workspace, who: &CustomerId, state, at| {
        let draft = ConsentDraft {
            purposes: vec![Purpose::MarketingEmail],
            state,
            at,
            source: ConsentSource::Form,
            notice: None,
            note: String::new(),
        };
        ws.record_consent(who, draft).unwrap();
    };
    record(&mut ws, &ids[0], ConsentState::Given, 10);
    record(&mut ws, &ids[1], ConsentState::Given, 10);
    record(&mut ws, &ids[1], ConsentState::Withdrawn, 20);
    let mut snapshot = Snapshot::default();
    snapshot.apply(ws.read_model());
    let names = |given: bool| -> Vec<String> {
        let query = ListQuery {
            consent: Some((Purpose::MarketingEmail, given)),
            ..ListQuery::default()
        };
        snapshot
            .list(&query)
            .into_iter()
            .map(|c| c.name.clone())
            .collect()
    };
    assert_eq!(names(true), ["Ahmet"]);
    assert_eq!(names(false), ["Bora", "Cemre"], "withdrawn or never asked");
}
