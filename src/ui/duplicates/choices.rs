//! What the compare screen chooses between: each field of the two records as a one-field
//! [`CustomerUpdate`], which side's value is kept, and the updates a merge writes to the
//! record that stays.

use std::collections::HashMap;

use crate::domain::{email_key, fold, phone_key, Customer, CustomerKind, CustomerUpdate};
use crate::model::Snapshot;
use crate::ui::i18n::{I18n, Msg};

/// One of the two records, or both values joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    First,
    Second,
    Both,
}

impl Side {
    pub fn code(self) -> &'static str {
        match self {
            Side::First => "first",
            Side::Second => "second",
            Side::Both => "both",
        }
    }

    /// The other record (for `First` and `Second`).
    pub fn other(self) -> Side {
        match self {
            Side::First => Side::Second,
            _ => Side::First,
        }
    }
}

/// A line of the comparison: one field of a customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Name,
    Kind,
    Company,
    Emails,
    Phones,
    City,
    District,
    Address,
    Tags,
    Stage,
    Owner,
    Channel,
    Notes,
    TaxNumber,
    TaxOffice,
    Iban,
}

impl Row {
    /// In the order of the customer page; the kind comes before the company, so a record
    /// that becomes a company is not given one.
    pub const ALL: [Row; 16] = [
        Row::Name,
        Row::Kind,
        Row::Company,
        Row::Emails,
        Row::Phones,
        Row::City,
        Row::District,
        Row::Address,
        Row::Tags,
        Row::Stage,
        Row::Owner,
        Row::Channel,
        Row::Notes,
        Row::TaxNumber,
        Row::TaxOffice,
        Row::Iban,
    ];

    pub fn label(self) -> Msg {
        match self {
            Row::Name => Msg::Name,
            Row::Kind => Msg::KindLabel,
            Row::Company => Msg::Company,
            Row::Emails => Msg::Emails,
            Row::Phones => Msg::Phones,
            Row::City => Msg::City,
            Row::Address => Msg::Address,
            Row::Tags => Msg::Tags,
            Row::Stage => Msg::Stage,
            Row::Owner => Msg::Owner,
            Row::Channel => Msg::PreferredChannel,
            Row::Notes => Msg::Notes,
            Row::TaxNumber => Msg::TaxNumber,
            Row::TaxOffice => Msg::TaxOffice,
            Row::District => Msg::District,
            Row::Iban => Msg::Iban,
        }
    }

    /// For element ids and radio names.
    pub fn code(self) -> &'static str {
        match self {
            Row::Name => "name",
            Row::Kind => "kind",
            Row::Company => "company",
            Row::Emails => "emails",
            Row::Phones => "phones",
            Row::City => "city",
            Row::District => "district",
            Row::Address => "address",
            Row::Tags => "tags",
            Row::Stage => "stage",
            Row::Owner => "owner",
            Row::Channel => "channel",
            Row::Notes => "notes",
            Row::TaxNumber => "tax-number",
            Row::TaxOffice => "tax-office",
            Row::Iban => "iban",
        }
    }

    /// Whether "both" is offered: lists are joined, notes put one after the other (when
    /// both records have some: else it is the one that has).
    pub fn joins(self, first: &CustomerUpdate, second: &CustomerUpdate) -> bool {
        matches!(self, Row::Emails | Row::Phones | Row::Tags | Row::Notes)
            && !is_empty(first)
            && !is_empty(second)
    }

    /// This field of `customer`, as the update that would set it.
    pub fn value(self, customer: &Customer, snapshot: &Snapshot) -> CustomerUpdate {
        use CustomerUpdate as U;
        let c = customer;
        match self {
            Row::Name => U::Name(c.name.clone()),
            Row::Kind => U::Kind(c.kind),
            Row::Company => U::Company(snapshot.company_name(c).unwrap_or_default().to_owned()),
            Row::Emails => U::Emails(c.emails.clone()),
            Row::Phones => U::Phones(c.phones.clone()),
            Row::City => U::City(c.city.clone()),
            Row::District => U::District(c.district.clone()),
            Row::Address => U::Address(c.address.clone()),
            Row::Tags => U::Tags(c.tags.clone()),
            Row::Stage => U::Stage(c.stage, c.dissolution_reason),
            Row::Owner => U::Owner(c.owner.clone()),
            Row::Channel => U::PreferredChannel(c.preferred_channel),
            Row::Notes => U::Notes(c.notes.clone()),
            Row::TaxNumber => U::TaxNumber(c.tax_number.clone()),
            Row::TaxOffice => U::TaxOffice(c.tax_office.clone()),
            Row::Iban => U::Iban(c.iban.clone()),
        }
    }
}

/// Whether a field holds nothing (never true of a name, a kind or a stage).
pub fn is_empty(value: &CustomerUpdate) -> bool {
    use CustomerUpdate as U;
    match value {
        U::Company(s)
        | U::City(s)
        | U::Address(s)
        | U::Notes(s)
        | U::Name(s)
        | U::TaxNumber(s)
        | U::TaxOffice(s)
        | U::District(s)
        | U::Iban(s)
        | U::Custom(_, s) => s.trim().is_empty(),
        U::Emails(l) | U::Phones(l) | U::Tags(l) => l.is_empty(),
        U::Owner(o) => o.is_none(),
        U::PreferredChannel(c) => c.is_none(),
        U::Kind(_) | U::Stage(..) => false,
    }
}

/// `keep`'s value with `other`'s added: list items it lacks (compared the way the
/// duplicate finder compares them, so `0532 111 22 33` and `+90 532 111 2233` are one
/// number), notes one after the other.
pub fn joined(keep: &CustomerUpdate, other: &CustomerUpdate) -> CustomerUpdate {
    use CustomerUpdate as U;
    fn union(keep: &[String], other: &[String], key: fn(&str) -> Option<String>) -> Vec<String> {
        let key_of = |item: &str| key(item).unwrap_or_else(|| fold(item.trim()));
        let mut seen: Vec<String> = keep.iter().map(|i| key_of(i)).collect();
        let mut out = keep.to_vec();
        for item in other {
            let k = key_of(item);
            if !seen.contains(&k) {
                seen.push(k);
                out.push(item.clone());
            }
        }
        out
    }
    match (keep, other) {
        (U::Emails(a), U::Emails(b)) => U::Emails(union(a, b, email_key)),
        (U::Phones(a), U::Phones(b)) => U::Phones(union(a, b, phone_key)),
        (U::Tags(a), U::Tags(b)) => U::Tags(union(a, b, |t| Some(fold(t.trim())))),
        (U::Notes(a), U::Notes(b)) => {
            let b = b.trim();
            if b.is_empty() || a.contains(b) {
                U::Notes(a.clone())
            } else if a.trim().is_empty() {
                U::Notes(b.to_owned())
            } else {
                U::Notes(format!("{}\n\n{b}", a.trim_end()))
            }
        }
        _ => keep.clone(),
    }
}

/// A value the way the user reads it; `None` when empty. Lists one item a line.
pub fn shown(value: &CustomerUpdate, snapshot: &Snapshot, i18n: I18n) -> Option<String> {
    use CustomerUpdate as U;
    if is_empty(value) {
        return None;
    }
    Some(match value {
        U::Name(s)
        | U::Company(s)
        | U::City(s)
        | U::Address(s)
        | U::Notes(s)
        | U::TaxNumber(s)
        | U::TaxOffice(s)
        | U::District(s)
        | U::Iban(s)
        | U::Custom(_, s) => s.clone(),
        U::Emails(l) | U::Phones(l) | U::Tags(l) => l.join("\n"),
        U::Kind(kind) => i18n.label(*kind).to_owned(),
        U::Stage(stage, reason) => match reason {
            Some(reason) => format!("{} ({})", i18n.label(*stage), i18n.label(*reason)),
            None => i18n.label(*stage).to_owned(),
        },
        U::Owner(owner) => {
            let name = snapshot.owner_name(owner.as_ref());
            if name.is_empty() {
                owner.as_ref().map(|o| o.0.clone()).unwrap_or_default()
            } else {
                name.to_owned()
            }
        }
        U::PreferredChannel(channel) => channel
            .map(|c| i18n.label(c))
            .unwrap_or_default()
            .to_owned(),
    })
}

/// The two records being compared, each field of both, and what hangs on each.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub first: Customer,
    pub second: Customer,
    /// Every field with the first record's value, then the second's.
    pub rows: Vec<(Row, CustomerUpdate, CustomerUpdate)>,
    /// Interactions, deals and commitments of the first and of the second record.
    pub counts: [[usize; 3]; 2],
}

impl Compared {
    /// Both records, while both are live and not archived.
    pub fn of(
        snapshot: &Snapshot,
        first: &crate::domain::CustomerId,
        second: &crate::domain::CustomerId,
    ) -> Option<Self> {
        let live = |id| snapshot.customer(id).filter(|c| !c.archived);
        let (mut a, mut b) = (live(first)?, live(second)?);
        if a.id == b.id {
            return None;
        }
        // The older record on the left, whatever order the address gives.
        if (b.created_at, &b.id) < (a.created_at, &a.id) {
            std::mem::swap(&mut a, &mut b);
        }
        let rows = Row::ALL
            .into_iter()
            .map(|row| (row, row.value(a, snapshot), row.value(b, snapshot)))
            .collect();
        let count = |c: &Customer| {
            [
                snapshot.timeline(&c.id).len(),
                snapshot.deals_of(&c.id).len(),
                snapshot.commitments_of(&c.id).len(),
            ]
        };
        Some(Self {
            first: a.clone(),
            second: b.clone(),
            rows,
            counts: [count(a), count(b)],
        })
    }

    pub fn record(&self, side: Side) -> &Customer {
        match side {
            Side::Second => &self.second,
            _ => &self.first,
        }
    }

    /// The record kept unless the user says otherwise: the one with more interactions,
    /// or else the older one.
    pub fn default_keep(&self) -> Side {
        let [a, b] = [self.counts[0][0], self.counts[1][0]];
        if b > a || (b == a && self.second.created_at < self.first.created_at) {
            Side::Second
        } else {
            Side::First
        }
    }

    /// Which value a field keeps when the user has not chosen: both for lists and notes,
    /// else the kept record's, unless only the other record has one.
    pub fn default_side(
        row: Row,
        first: &CustomerUpdate,
        second: &CustomerUpdate,
        keep: Side,
    ) -> Side {
        if row.joins(first, second) {
            return Side::Both;
        }
        let (kept, other) = match keep {
            Side::Second => (second, first),
            _ => (first, second),
        };
        if is_empty(kept) && !is_empty(other) {
            keep.other()
        } else {
            keep
        }
    }

    /// The value `side` stands for, given which record stays.
    pub fn chosen(
        first: &CustomerUpdate,
        second: &CustomerUpdate,
        side: Side,
        keep: Side,
    ) -> CustomerUpdate {
        match (side, keep) {
            (Side::First, _) => first.clone(),
            (Side::Second, _) => second.clone(),
            (Side::Both, Side::Second) => joined(second, first),
            (Side::Both, _) => joined(first, second),
        }
    }

    /// The side each differing field keeps: the user's choice, or the default.
    pub fn side(&self, row: Row, keep: Side, picks: &HashMap<Row, Side>) -> Side {
        let (_, first, second) = self
            .rows
            .iter()
            .find(|(r, ..)| *r == row)
            .expect("every row is compared");
        picks
            .get(&row)
            .copied()
            .unwrap_or_else(|| Self::default_side(row, first, second, keep))
    }

    /// The updates that give the kept record the chosen values: only the fields where
    /// its own value is not the one chosen.
    pub fn updates(&self, keep: Side, picks: &HashMap<Row, Side>) -> Vec<CustomerUpdate> {
        let mut becomes_company = self.record(keep).kind == CustomerKind::Company;
        let mut updates = Vec::new();
        for (row, first, second) in &self.rows {
            if first == second {
                continue;
            }
            let kept = if keep == Side::Second { second } else { first };
            let chosen = Self::chosen(first, second, self.side(*row, keep, picks), keep);
            if let CustomerUpdate::Kind(kind) = chosen {
                becomes_company = kind == CustomerKind::Company;
            }
            // A company belongs to no company.
            if *row == Row::Company && becomes_company {
                continue;
            }
            if &chosen != kept {
                updates.push(chosen);
            }
        }
        // Custom fields: the kept record's values stay, and the other's fill those it
        // lacks, so a merge loses no value typed in either.
        let (kept, other) = match keep {
            Side::Second => (&self.second, &self.first),
            _ => (&self.first, &self.second),
        };
        for (field, value) in &other.fields {
            if !kept.fields.contains_key(field) {
                updates.push(CustomerUpdate::Custom(field.clone(), value.clone()));
            }
        }
        updates
    }
}
