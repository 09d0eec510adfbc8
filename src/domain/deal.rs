//! Deals: the sale before the service. A quote becomes an order, and the deal is won or
//! lost; won deals are the customer's revenue (see `value`).

use super::codes::code_enum;
use super::colleague::ColleagueId;
use super::customer::CustomerId;
use super::money::{parse_amount, Currency, Money, MAX_AMOUNT};
use super::validation::{required, Field, FieldError, Problem, MAX_LINE};

/// The stable id of a deal: random, so two devices never create the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct DealId(pub String);

code_enum! {
    /// Where a deal stands: quote, then order, then won or lost.
    pub enum DealStage {
        /// A price offered (fiyat teklifi).
        Quote = "quote",
        /// The customer ordered (sipariş); not yet delivered or paid.
        Order = "order",
        /// Delivered and counted as revenue.
        Won = "won",
        /// Did not happen; a reason is required.
        Lost = "lost",
    }
}

code_enum! {
    /// Why a deal was lost.
    pub enum LostReason {
        Price = "price",
        Competitor = "competitor",
        NoNeed = "no_need",
        Timing = "timing",
        NoResponse = "no_response",
        Other = "other",
    }
}

impl DealStage {
    /// Won or lost: the deal is over.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Won | Self::Lost)
    }
}

/// A deal as read from the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Deal {
    pub id: DealId,
    pub customer: CustomerId,
    pub title: String,
    pub stage: DealStage,
    pub amount: Money,
    /// When the customer is expected to decide, while the deal is open.
    pub expected_close: Option<i64>,
    /// When it was won or lost.
    pub closed_at: Option<i64>,
    pub lost_reason: Option<LostReason>,
    pub owner: Option<ColleagueId>,
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
}

impl Deal {
    /// When a won deal counts as revenue: its closing day, else when it was recorded.
    pub fn won_at(&self) -> Option<i64> {
        (self.stage == DealStage::Won).then(|| self.closed_at.unwrap_or(self.created_at))
    }
}

/// What a user fills in to record a deal. Amount and currency are taken as typed, so that
/// a mistake is shown next to its field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DealDraft {
    pub customer: CustomerId,
    pub title: String,
    pub stage: DealStage,
    pub amount: String,
    pub currency: String,
    pub expected_close: Option<i64>,
    /// For a deal recorded already won or lost: when; `None` for now.
    pub closed_at: Option<i64>,
    pub lost_reason: Option<LostReason>,
    /// `None` makes the colleague who records it the owner.
    pub owner: Option<ColleagueId>,
}

impl DealDraft {
    /// A quote in lira for `customer`, the usual start.
    pub fn quote(customer: CustomerId, title: &str, amount: &str) -> Self {
        Self {
            customer,
            title: title.to_owned(),
            stage: DealStage::Quote,
            amount: amount.to_owned(),
            currency: Currency::TRY.code().to_owned(),
            expected_close: None,
            closed_at: None,
            lost_reason: None,
            owner: None,
        }
    }

    /// Checks every field; returns the cleaned draft and its amount, or every problem.
    pub fn validated(self) -> Result<(Self, Money), Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = required(Field::Title, &self.title, MAX_LINE)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let money = parse_money(&self.amount, &self.currency).map_err(|e| errors.extend(e));
        let reason = check_lost_reason(self.stage, self.lost_reason).map_err(|e| errors.push(e));
        match (money, reason) {
            (Ok(money), Ok(lost_reason)) if errors.is_empty() => Ok((
                Self {
                    title,
                    lost_reason,
                    ..self
                },
                money,
            )),
            _ => Err(errors),
        }
    }
}

/// Reads an amount and a currency as typed (`"1.250,50"`, `"try"`), reporting each
/// problem against its field.
pub fn parse_money(amount: &str, currency: &str) -> Result<Money, Vec<FieldError>> {
    let mut errors = Vec::new();
    let minor = match amount.trim() {
        "" => {
            errors.push(FieldError::new(Field::Amount, Problem::Required));
            None
        }
        typed => parse_amount(typed).or_else(|| {
            let problem = Problem::InvalidAmount(typed.to_owned());
            errors.push(FieldError::new(Field::Amount, problem));
            None
        }),
    };
    let currency = Currency::parse(currency).or_else(|| {
        let problem = Problem::InvalidCurrency(currency.trim().to_owned());
        errors.push(FieldError::new(Field::Currency, problem));
        None
    });
    match (minor, currency) {
        (Some(minor), Some(currency)) => Ok(Money::new(minor, currency)),
        _ => Err(errors),
    }
}

/// One in-place edit of a deal: one user action, one commit.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DealUpdate {
    Title(String),
    /// A move along quote, order, won, lost; lost needs a reason.
    Stage(DealStage, Option<LostReason>),
    /// Amount and currency together (see [`parse_money`]): one is meaningless alone.
    Amount(Money),
    ExpectedClose(Option<i64>),
    /// Corrects when a closed deal was won or lost.
    ClosedAt(i64),
    Owner(Option<ColleagueId>),
}

impl DealUpdate {
    /// The stored key of the field this update changes (also in the commit message).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Title(_) => "title",
            Self::Stage(..) => "stage",
            Self::Amount(_) => "amount",
            Self::ExpectedClose(_) => "expected_close",
            Self::ClosedAt(_) => "closed_at",
            Self::Owner(_) => "owner",
        }
    }

    /// Checks and normalises the new value, or says what is wrong.
    pub fn validated(self) -> Result<Self, FieldError> {
        Ok(match self {
            Self::Title(title) => Self::Title(required(Field::Title, &title, MAX_LINE)?),
            Self::Stage(stage, reason) => Self::Stage(stage, check_lost_reason(stage, reason)?),
            Self::Amount(money) if !(0..=MAX_AMOUNT).contains(&money.minor) => {
                let problem = Problem::OutOfRange {
                    min: 0,
                    max: MAX_AMOUNT,
                };
                return Err(FieldError::new(Field::Amount, problem));
            }
            Self::ClosedAt(at) if at <= 0 => {
                return Err(FieldError::new(Field::When, Problem::Required))
            }
            other => other,
        })
    }
}

/// A reason is required for a lost deal and meaningless otherwise.
fn check_lost_reason(
    stage: DealStage,
    reason: Option<LostReason>,
) -> Result<Option<LostReason>, FieldError> {
    match (stage, reason) {
        (DealStage::Lost, None) => Err(FieldError::new(Field::LostReason, Problem::Required)),
        (DealStage::Lost, reason) => Ok(reason),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> DealDraft {
        DealDraft::quote(CustomerId("c".into()), " Yıllık bakım ", "12.500,00")
    }

    #[test]
    fn a_valid_draft_is_trimmed_and_its_amount_read() {
        let (deal, money) = draft().validated().unwrap();
        assert_eq!(deal.title, "Yıllık bakım");
        assert_eq!(money, Money::new(1_250_000, Currency::TRY));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = DealDraft {
            title: " ".into(),
            amount: "on iki".into(),
            currency: "lira".into(),
            stage: DealStage::Lost,
            ..draft()
        };
        let errors = bad.validated().unwrap_err();
        assert_eq!(
            errors,
            vec![
                FieldError::new(Field::Title, Problem::Required),
                FieldError::new(Field::Amount, Problem::InvalidAmount("on iki".into())),
                FieldError::new(Field::Currency, Problem::InvalidCurrency("lira".into())),
                FieldError::new(Field::LostReason, Problem::Required),
            ]
        );
    }

    #[test]
    fn a_lost_reason_is_kept_only_for_lost_deals() {
        let won = DealUpdate::Stage(DealStage::Won, Some(LostReason::Price));
        assert_eq!(won.validated(), Ok(DealUpdate::Stage(DealStage::Won, None)));
        let lost = DealUpdate::Stage(DealStage::Lost, Some(LostReason::Competitor));
        assert_eq!(lost.clone().validated(), Ok(lost));
    }

    #[test]
    fn negative_amounts_are_refused() {
        let update = DealUpdate::Amount(Money::new(-1, Currency::EUR));
        assert_eq!(update.validated().unwrap_err().field, Field::Amount);
        assert!(parse_money("", "TRY").unwrap_err()[0].problem == Problem::Required);
    }

    #[test]
    fn a_won_deal_counts_from_its_closing_day() {
        let (d, amount) = draft().validated().unwrap();
        let mut deal = Deal {
            id: DealId("d".into()),
            customer: d.customer,
            title: d.title,
            stage: DealStage::Won,
            amount,
            expected_close: None,
            closed_at: Some(500),
            lost_reason: None,
            owner: None,
            created_at: 100,
            created_by: None,
        };
        assert_eq!(deal.won_at(), Some(500));
        deal.closed_at = None;
        assert_eq!(deal.won_at(), Some(100));
        deal.stage = DealStage::Order;
        assert_eq!(deal.won_at(), None);
    }
}
