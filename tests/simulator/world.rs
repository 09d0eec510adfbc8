//! A simulated world: its colleagues, what is under way between them, and the steps.

mod files;
mod frames;

use std::collections::HashSet;

use rapport::document::sample::Dice;
use rapport::document::{ChangeHash, Engine, Workspace};
use rapport::domain::{
    Code, CommitmentDraft, CommitmentStatus, CommitmentUpdate, ConsentDraft, ConsentSource,
    ConsentState, CustomField, CustomerDraft, CustomerId, CustomerUpdate, DealDraft, DealStage,
    DealUpdate, EmailTemplate, FieldKind, Firm, InteractionDraft, LineDraft, LostReason,
    ProductDraft, Purpose, QuoteDraft, QuoteStatus, QuoteUpdate, SavedView, Stage,
};
use rapport::protocol::{Answer, BulkChange, Request};

use super::device::{answer_file, device, device_from, fingerprint, with_clock, Device};
use super::{CITIES, NAMES, NOW, STEPS};

/// A file on its way to a colleague.
pub(crate) struct Letter {
    pub(crate) to: usize,
    pub(crate) bytes: Vec<u8>,
}

/// A direct-sync frame on its way.
pub(crate) struct Frame {
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) struct World {
    pub(crate) dice: Dice,
    pub(crate) devices: Vec<Device>,
    pub(crate) mail: Vec<Letter>,
    /// Per pair (lower index first), whether their direct-sync session is open.
    pub(crate) open: Vec<Vec<bool>>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) acknowledged: HashSet<ChangeHash>,
    /// A file from another workspace, which every copy must refuse.
    pub(crate) foreign: Vec<u8>,
    pub(crate) counts: Counts,
}

#[derive(Default, Debug)]
pub(crate) struct Counts {
    pub(crate) intents: usize,
    pub(crate) refused: usize,
    pub(crate) files: usize,
    pub(crate) bad_files: usize,
    pub(crate) frames: usize,
    pub(crate) restarts: usize,
}

impl World {
    pub(crate) fn new(seed: u64) -> Self {
        // Ids and actors follow the seed too: the same seed, the same world, every run.
        rapport::document::seed_ids(Some(seed ^ 0x5EED_0F1D_5EED_0F1D));
        let mut dice = Dice::new(seed);
        let colleagues = 3 + dice.below(3);
        let mut first = device(Workspace::new(), "Colleague 0");
        let invitation = answer_file(first.send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        let mut devices = Vec::new();
        first.received = vec![Vec::new(); colleagues];
        first.sync_states = vec![None; colleagues];
        devices.push(first);
        for n in 1..colleagues {
            // A newcomer takes the workspace over from the first colleague's file.
            let mut joining = Engine::new(with_clock(Workspace::new()));
            joining.handle(Request::ReadSyncFile {
                bytes: invitation.clone(),
                passphrase: None,
            });
            let joined = joining.handle(Request::ApplySyncFile);
            assert!(joined.answer.is_ok(), "{:?}", joined.answer);
            let mut device = device_from(joining, &format!("Colleague {n}"));
            device.received = vec![Vec::new(); colleagues];
            device.sync_states = vec![None; colleagues];
            devices.push(device);
        }
        let mut elsewhere = device(Workspace::new(), "Stranger");
        elsewhere.send(Request::CreateCustomer(CustomerDraft {
            name: "Yabancı".into(),
            ..Default::default()
        }));
        let foreign = answer_file(elsewhere.send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        let mut world = World {
            dice,
            devices,
            mail: Vec::new(),
            open: vec![vec![false; colleagues]; colleagues],
            frames: Vec::new(),
            acknowledged: HashSet::new(),
            foreign,
            counts: Counts::default(),
        };
        for d in 0..colleagues {
            world.devices[d].store(&mut world.acknowledged);
        }
        world
    }

    pub(crate) fn run(&mut self) {
        let trace = std::env::var("TRACE").is_ok();
        for _ in 0..STEPS {
            let who = self.dice.below(self.devices.len());
            let kind = self.dice.below(20);
            if trace {
                eprintln!("device {who}: step {kind}");
            }
            match kind {
                0..=7 => self.intent(who),
                8 => self.devices[who].store(&mut self.acknowledged),
                9 => self.devices[who].compact(&mut self.acknowledged),
                10 | 11 => self.send_file(who),
                12 | 13 => self.deliver_file(),
                14 => self.bad_file(who),
                15 => self.connect(who),
                16 | 17 => {
                    for _ in 0..1 + self.dice.below(4) {
                        self.deliver_frame();
                    }
                }
                18 => self.cut(who),
                _ => self.restart(who),
            }
            self.round_trips();
            if trace {
                for (n, d) in self.devices.iter().enumerate() {
                    if fingerprint(&d.page) != fingerprint(&d.engine.workspace().snapshot()) {
                        eprintln!("colleague {n}'s page drifted at this step");
                    }
                }
            }
        }
        self.settle();
    }

    pub(crate) fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.dice.below(items.len())].clone())
    }

    /// One random intent of the app's, on one device; stored at once most of the time (a
    /// crash may come first).
    pub(crate) fn intent(&mut self, who: usize) {
        let customers = self.devices[who].customers();
        let customer = self.pick(&customers);
        let name = format!("{} {}", self.dice.pick(&NAMES), self.dice.below(1000));
        let city = self.dice.pick(&CITIES).to_string();
        let page = &self.devices[who].page;
        let mut interactions: Vec<_> = page.all_interactions().map(|i| i.id.clone()).collect();
        let mut deals: Vec<_> = page.deals().map(|d| d.id.clone()).collect();
        let mut commitments: Vec<_> = page.commitments().map(|c| c.id.clone()).collect();
        let quotes: Vec<_> = page.quotes().into_iter().cloned().collect();
        interactions.sort();
        deals.sort();
        commitments.sort();
        let fields = page.fields.clone();
        let request = match (self.dice.below(19), customer) {
            (0 | 1, _) | (_, None) => Request::CreateCustomer(CustomerDraft {
                name,
                city,
                company: match self.dice.below(3) {
                    0 => "Deniz Lojistik A.Ş.".into(),
                    _ => String::new(),
                },
                ..Default::default()
            }),
            (2, Some(id)) => Request::UpdateCustomer(id, CustomerUpdate::City(city)),
            (3, Some(id)) => Request::UpdateCustomer(id, CustomerUpdate::Name(name)),
            (4, Some(id)) => {
                let stage = *self.dice.pick(&Stage::ALL_ACTIVE);
                Request::UpdateCustomer(id, CustomerUpdate::Stage(stage, None))
            }
            (5, Some(id)) => Request::SetArchived(id, self.dice.below(2) == 0),
            (6 | 7, Some(id)) => {
                let mut draft =
                    InteractionDraft::new(NOW - self.dice.below(10_000) as i64 * 60_000);
                draft.summary = name;
                Request::LogInteraction(id, draft)
            }
            (8, Some(id)) => match self.pick(&interactions) {
                Some(interaction) if self.dice.below(2) == 0 => {
                    Request::RemoveInteraction(interaction)
                }
                Some(interaction) => {
                    let mut draft = InteractionDraft::new(NOW);
                    draft.summary = format!("Düzeltildi: {name}");
                    Request::UpdateInteraction(interaction, draft)
                }
                None => Request::LogInteraction(id, InteractionDraft::new(NOW)),
            },
            (9, Some(id)) => Request::CreateCommitment(CommitmentDraft {
                customer: Some(id),
                remind_at: Some(NOW + 3_600_000),
                ..CommitmentDraft::task("Teklifi gönder", NOW + 86_400_000)
            }),
            (10, Some(id)) => match self.pick(&commitments) {
                Some(commitment) => {
                    let status = *self.dice.pick(&[
                        CommitmentStatus::Kept,
                        CommitmentStatus::Broken,
                        CommitmentStatus::Open,
                    ]);
                    Request::UpdateCommitment(commitment, CommitmentUpdate::Status(status))
                }
                None => Request::CreateDeal(DealDraft::quote(id, "Yıllık bakım", "12500")),
            },
            (11, Some(id)) => match self.pick(&deals) {
                Some(deal) => {
                    let stage = *self.dice.pick(DealStage::ALL);
                    let reason = (stage == DealStage::Lost).then(|| LostReason::ALL[0]);
                    Request::UpdateDeal(deal, DealUpdate::Stage(stage, reason))
                }
                None => Request::CreateDeal(DealDraft::quote(id, "Kurulum", "4000")),
            },
            (12, Some(_)) => {
                let ids: Vec<CustomerId> = customers
                    .iter()
                    .filter(|_| self.dice.below(3) == 0)
                    .cloned()
                    .collect();
                Request::ChangeCustomers(ids, BulkChange::AddTag("VIP".into()))
            }
            (13, Some(keep)) => match self.pick(&customers) {
                Some(other) if other != keep => Request::MergeCustomers {
                    keep,
                    other,
                    updates: Vec::new(),
                },
                _ => Request::Undo,
            },
            (14, Some(_)) => Request::Undo,
            (15, Some(id)) => match self.pick(&quotes) {
                // A line changed and one added: colleagues editing one quote keep both.
                Some(quote) if self.dice.below(2) == 0 => {
                    let mut draft = QuoteDraft::of(&quote);
                    if let Some(line) = draft.lines.first_mut() {
                        line.quantity = (1 + self.dice.below(9)).to_string();
                    }
                    draft.lines.push(line(&name, self.dice.below(500)));
                    Request::UpdateQuote(quote.id, QuoteUpdate::Edit(draft))
                }
                _ => Request::CreateQuote(QuoteDraft {
                    lines: vec![line("Kurulum", self.dice.below(500))],
                    ..QuoteDraft::new(id, NOW)
                }),
            },
            (16, Some(_)) => match self.pick(&quotes) {
                Some(quote) if self.dice.below(3) > 0 => {
                    let status = *self.dice.pick(QuoteStatus::ALL);
                    Request::UpdateQuote(quote.id, QuoteUpdate::Status(status))
                }
                Some(quote) => {
                    Request::UpdateQuote(quote.id, QuoteUpdate::Sent(InteractionDraft::new(NOW)))
                }
                None if self.dice.below(4) == 0 => Request::SaveTemplate(EmailTemplate {
                    name: name.clone(),
                    subject: "Teklifimiz hakkında".into(),
                    ..EmailTemplate::default()
                }),
                None if self.dice.below(3) == 0 => Request::SaveView(SavedView {
                    name: name.clone(),
                    filters: format!("{{\"text\":\"{city}\"}}"),
                    ..SavedView::default()
                }),
                None if self.dice.below(2) == 0 => Request::SetFirm(Firm {
                    name: format!("{name} Ltd. Şti."),
                    ..Firm::default()
                }),
                None => Request::CreateProduct(ProductDraft {
                    name,
                    unit_price: "750".into(),
                    ..ProductDraft::default()
                }),
            },
            // A custom field made, renamed, removed or brought back, or a value set: two
            // colleagues doing so apart keep every value.
            (17, Some(id)) => match self.pick(&fields) {
                Some(field) if self.dice.below(3) > 0 => {
                    let value = match field.kind {
                        FieldKind::Number => self.dice.below(1000).to_string(),
                        FieldKind::Choice => self.dice.pick(&field.options).clone(),
                        _ => city,
                    };
                    Request::UpdateCustomer(id, CustomerUpdate::Custom(field.id, value))
                }
                // A consent given or withdrawn: events recorded apart are all kept.
                Some(_) if self.dice.below(3) == 0 => Request::RecordConsent(
                    id,
                    ConsentDraft {
                        purposes: vec![*self.dice.pick(Purpose::ALL)],
                        state: *self.dice.pick(ConsentState::ALL),
                        at: NOW - self.dice.below(1000) as i64,
                        source: ConsentSource::Form,
                        notice: None,
                        note: String::new(),
                    },
                ),
                Some(field) if self.dice.below(2) == 0 => Request::SaveField(CustomField {
                    name: format!("{} {}", field.name, self.dice.below(10)),
                    ..field
                }),
                Some(field) => Request::SaveField(CustomField {
                    removed: !field.removed,
                    ..field
                }),
                None => {
                    let kind =
                        *self
                            .dice
                            .pick(&[FieldKind::Text, FieldKind::Number, FieldKind::Choice]);
                    Request::SaveField(CustomField {
                        name: format!("Alan {}", self.dice.below(1000)),
                        kind,
                        options: vec!["Gıda".into(), "İnşaat".into()],
                        ..CustomField::default()
                    })
                }
            },
            (_, Some(_)) => return self.import(who, name, city),
        };
        self.counts.intents += 1;
        if std::env::var("TRACE").is_ok() {
            eprintln!("  {request:?}");
        }
        let reply = self.devices[who].send(request);
        if reply.answer.is_err() {
            self.counts.refused += 1;
        }
        if reply.wrote && self.dice.below(10) < 8 {
            self.devices[who].store(&mut self.acknowledged);
        }
    }

    /// An import of two rows (one may be a duplicate), planned then written part by part.
    pub(crate) fn import(&mut self, who: usize, name: String, city: String) {
        self.counts.intents += 1;
        let drafts = vec![
            CustomerDraft {
                name: name.clone(),
                city,
                ..Default::default()
            },
            CustomerDraft {
                name: format!("{name} İkinci"),
                ..Default::default()
            },
        ];
        let device = &mut self.devices[who];
        let Ok(Answer::Plan { parts, .. }) = device.send(Request::PlanImport(drafts)).answer else {
            self.counts.refused += 1;
            return;
        };
        for part in 0..parts {
            assert!(device.send(Request::WriteImport(part)).answer.is_ok());
        }
        if self.dice.below(10) < 8 {
            device.store(&mut self.acknowledged);
        }
    }

    /// The browser crashes and starts again: its sessions end with it.
    pub(crate) fn restart(&mut self, who: usize) {
        self.counts.restarts += 1;
        for other in 0..self.devices.len() {
            let (low, high) = (who.min(other), who.max(other));
            if other != who && self.open[low][high] {
                self.close(who, other);
            }
        }
        self.devices[who].restart();
    }

    /// Every copy that changed survives a save and load as it is (a step may change another
    /// device's copy: a file or a frame delivered to it).
    pub(crate) fn round_trips(&mut self) {
        for (n, device) in self.devices.iter_mut().enumerate() {
            let now = device.heads();
            if now == device.checked {
                continue;
            }
            device.checked = now;
            let workspace = device.engine.workspace();
            let again = Workspace::load(&workspace.save())
                .unwrap_or_else(|e| panic!("colleague {n}'s saved workspace does not open: {e}"));
            let mut heads = again.heads();
            heads.sort();
            assert_eq!(
                heads,
                device.heads(),
                "a save and load changed colleague {n}'s heads"
            );
        }
    }

    /// Everyone stores, every connection ends, and everyone sends everyone a file of
    /// everything: then every copy must be the same, with nothing acknowledged lost.
    pub(crate) fn settle(&mut self) {
        let count = self.devices.len();
        for a in 0..count {
            for b in a + 1..count {
                if self.open[a][b] {
                    self.close(a, b);
                }
            }
        }
        // One round is enough: the last to send has everything the others sent first.
        {
            for from in 0..count {
                for to in 0..count {
                    if from != to {
                        let file = answer_file(self.devices[from].send(Request::ExportSyncFile {
                            since: Vec::new(),
                            passphrase: None,
                        }));
                        if std::env::var("TRACE").is_ok() {
                            eprintln!("settle: {from} -> {to}");
                        }
                        self.receive_file(to, file);
                    }
                }
            }
        }
        let reference = self.devices[0].heads();
        let model = fingerprint(&self.devices[0].engine.workspace().snapshot());
        for (n, device) in self.devices.iter_mut().enumerate() {
            assert_eq!(device.heads(), reference, "colleague {n} has other heads");
            let own = fingerprint(&device.engine.workspace().snapshot());
            assert_eq!(own, model, "colleague {n} reads another workspace");
            assert_eq!(
                fingerprint(&device.page),
                own,
                "colleague {n}'s page drifted"
            );
            assert!(matches!(
                device.send(Request::Status).answer,
                Ok(Answer::Status {
                    waiting_for_earlier: false,
                    ..
                })
            ));
            for change in &self.acknowledged {
                assert!(
                    device.engine.workspace().knows_change(change),
                    "colleague {n} lost a stored change"
                );
            }
        }
    }
}

/// A quote line of one piece at `price` lira.
fn line(description: &str, price: usize) -> LineDraft {
    LineDraft {
        description: description.into(),
        quantity: "1".into(),
        unit: "adet".into(),
        unit_price: price.to_string(),
        ..LineDraft::default()
    }
}
