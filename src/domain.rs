//! Pure types and rules of the CRM: customers, interactions, stages, commitments, deals,
//! the relationship metrics (health, value, segments, satisfaction), validation,
//! Turkish-aware search and reading customers from CSV files. No web APIs, no Automerge
//! and no clock here: "today" is given.

mod backup;
mod calendar;
mod codes;
mod colleague;
mod commitment;
mod consent;
mod custom_field;
mod customer;
mod days;
mod deal;
mod duplicates;
mod email_template;
mod export;
mod firm;
mod health;
mod identifiers;
mod import;
mod interaction;
mod money;
mod phone;
mod product;
mod provinces;
mod qr;
mod quote;
mod satisfaction;
mod saved_view;
mod search;
mod segments;
mod stage;
mod validation;
mod value;
mod vcard;

pub use backup::{CopyRecord, BACKUP_REMINDER_DAYS};
pub use calendar::{calendar_file, CalendarItem, CalendarTime};
pub use codes::Code;
pub use colleague::{Colleague, ColleagueId};
pub use commitment::{
    agenda, promise_record, Agenda, Commitment, CommitmentDraft, CommitmentId, CommitmentKind,
    CommitmentStatus, CommitmentUpdate, PromiseRecord,
};
pub use consent::{
    consent_for, has_consent, purpose_of, ConsentDraft, ConsentEvent, ConsentId, ConsentSource,
    ConsentState, DataEvent, DataEventId, DataEventKind, Notice, NoticeId, Purpose,
};
pub use custom_field::{
    format_number, is_built_in, read_number, same_name, CustomField, FieldId, FieldKind,
    SortKey as FieldSortKey, MAX_FIELDS, MAX_OPTIONS, NO, YES,
};
pub use customer::{
    custom_key, split_list, Channel, Customer, CustomerDraft, CustomerId, CustomerKind,
    CustomerUpdate, CUSTOM_PREFIX,
};
pub use days::{Today, DAY_MS};
pub use deal::{parse_money, Deal, DealDraft, DealId, DealStage, DealUpdate, LostReason};
pub use duplicates::{
    email_key, likely_duplicates, name_key, phone_key, DuplicateIndex, DuplicatePair, MatchKeys,
    MatchReason,
};
pub use email_template::{mailto, EmailTemplate, TemplateId, NAME_PLACEHOLDER};
pub use export::{
    customers_csv, from_json, interactions_csv, iso_millis, person_json, quotes_csv, to_json,
    ExportError, ExportFile, ExportedChange, ExportedColleague, ExportedCommitment,
    ExportedConsent, ExportedCustomer, ExportedDeal, ExportedField, ExportedInteraction,
    ExportedNotice, ExportedProduct, ExportedQuote, ExportedQuoteLine, ExportedStageChange,
    NameIndex, Names, PersonFile, PersonRecords, Separator, EXPORT_FORMAT, EXPORT_VERSION,
    PERSON_FORMAT,
};
pub use firm::Firm;
pub use health::{health, Health, HealthRules, NoFeedback, Rhythm, Silence};
pub use identifiers::{check_iban, check_tckn, check_vkn, read_tax_number, IdProblem, TaxNumber};
pub use import::{
    convert, decode, draft_from_columns, draft_from_row, guess_fields, guess_mapping, read_table,
    Converted, Decoded, Encoding, ImportError, Mapping, Row, RowDraft, RowProblem, SkipReason,
    Table, Target, MAX_FILE_BYTES, MAX_ROWS,
};
pub use interaction::{Direction, Interaction, InteractionDraft, InteractionId, InteractionKind};
pub use money::{format_plain, parse_amount, Currency, Money, MAX_AMOUNT};
pub use phone::{read_phone, PhoneNumber, PhoneProblem};
pub use product::{Product, ProductDraft, ProductId};
pub use provinces::{districts_of, province_of_plate, provinces_sorted, DISTRICTS, PROVINCES};
pub use qr::qr_svg;
pub use quote::{
    format_discount, format_quantity, next_quote_number, parse_discount, parse_quantity,
    quote_prefix, quote_totals, CheckedQuote, KdvRate, LineDraft, LineProblem, LineTotal, Quote,
    QuoteDraft, QuoteId, QuoteItem, QuoteLine, QuoteProblem, QuoteStatus, QuoteTotals, QuoteUpdate,
    RateTotal, DISCOUNT_SCALE, MAX_LINES, QUANTITY_SCALE, QUOTE_CURRENCIES,
};
pub use satisfaction::{satisfaction, Ratings, Satisfaction, Trend};
pub use saved_view::{SavedView, ViewId, MAX_FILTERS};
pub use search::{collation_key, fold, Query, SearchText};
pub use segments::{rfm, segment, Rfm, Segment};
pub use stage::{DissolutionReason, Stage, StageChange};
#[cfg(feature = "engine")]
pub(crate) use validation::required;
pub use validation::{
    is_email, is_phone, Field, FieldError, LinePart, Problem, MAX_LINE, MAX_TEXT,
};
pub use value::{pareto, revenue, Pareto, Revenue};
pub use vcard::{
    export as export_vcard, export_as as export_vcard_as, parse as parse_vcard,
    parse_bytes as parse_vcard_bytes, CardData, CardProblem, CardReason, VcardError, VcardVersion,
    MAX_VCARD_BYTES,
};
