//! A realistic sample workspace: Turkish and English people, companies and cities, with a
//! history of interactions over two years by several colleagues, deals (most in lira, a
//! few big customers bringing most of the revenue) and commitments (most kept, some
//! broken, some overdue). Used by the benchmarks (10,000 customers, 100,000 interactions)
//! and, small, to try the app.

use automerge::transaction::Transactable;

use super::fields::boolean;
use super::ids::random_id;
use super::read::collection;
use super::schema::{CUSTOMERS, META};
use super::workspace::{
    write_new_commitment, write_new_customer, write_new_deal, write_new_interaction, write_status,
    NewCustomer, NewRecord,
};
use super::{DocumentError, Workspace};
use crate::domain::{
    Channel, Code, ColleagueId, CommitmentDraft, CommitmentId, CommitmentKind, CommitmentStatus,
    CommitmentUpdate, CustomerDraft, CustomerId, CustomerKind, DealDraft, DealId, DealStage,
    Direction, InteractionDraft, InteractionId, InteractionKind, LostReason, Stage, DAY_MS,
};

const FIRST: [&str; 24] = [
    "Ayşe", "Mehmet", "Fatma", "Mustafa", "Zeynep", "Ahmet", "Elif", "Emre", "Şükrü", "Çağrı",
    "Işık", "Gülşen", "Oğuz", "İpek", "Ömer", "Büşra", "John", "Emma", "Oliver", "Sophie", "Hakan",
    "Selin", "Burak", "Deniz",
];
const LAST: [&str; 20] = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Smith", "Brown", "Taylor", "Güneş",
];
const CITIES: [&str; 16] = [
    "İstanbul",
    "Ankara",
    "İzmir",
    "Bursa",
    "Antalya",
    "Konya",
    "Eskişehir",
    "Gaziantep",
    "Kayseri",
    "Trabzon",
    "Iğdır",
    "Muğla",
    "Çanakkale",
    "Diyarbakır",
    "London",
    "Berlin",
];
const COMPANY_WORDS: [&str; 14] = [
    "Deniz",
    "Anadolu",
    "Ege",
    "Marmara",
    "Yıldız",
    "Güneş",
    "Atlas",
    "Doğa",
    "Kuzey",
    "Çınar",
    "Akdeniz",
    "Bosphorus",
    "Harbor",
    "Summit",
];
const COMPANY_KINDS: [&str; 8] = [
    "Lojistik",
    "Tekstil",
    "Gıda",
    "Yazılım",
    "İnşaat",
    "Medikal",
    "Trading",
    "Solutions",
];
const TAGS: [&str; 8] = [
    "toptan",
    "perakende",
    "VIP",
    "bayi",
    "yeni",
    "ihracat",
    "kurumsal",
    "online",
];
const SUMMARIES: [&str; 10] = [
    "Fiyat teklifi istedi, pazartesi dönüş yapılacak.",
    "Kurulum tamamlandı, memnun kaldı.",
    "Teslimat gecikmesinden şikayetçi.",
    "Yeni ürün kataloğu e-postayla gönderildi.",
    "Bakım ziyareti yapıldı, parça değişti.",
    "Called about the invoice; resolved.",
    "Sipariş verdi: 40 koli.",
    "Toplantıda yıllık anlaşma konuşuldu.",
    "Geri bildirim: destek ekibi çok hızlı.",
    "Asked for a demo next week.",
];

/// A small, fast, deterministic generator (SplitMix64): the same seed, the same workspace.
#[derive(Debug)]
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn roll(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.roll() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const DEALS: [&str; 6] = [
    "Yıllık bakım sözleşmesi",
    "Kurulum",
    "Yedek parça",
    "Toptan sipariş",
    "Annual support",
    "Yazılım lisansı",
];
const PROMISES: [&str; 6] = [
    "Teklifi gönder",
    "Kurulumu cumaya bitir",
    "Arızalı parçayı değiştir",
    "Faturayı düzelt",
    "Send the demo recording",
    "Katalog ve fiyat listesi",
];

/// How big a sample to make. Deals and commitments follow the customers: three deals for
/// every two customers, one commitment per customer.
#[derive(Clone, Copy, Debug)]
pub struct SampleSize {
    pub customers: usize,
    pub interactions: usize,
    pub colleagues: usize,
}

impl SampleSize {
    pub fn deals(&self) -> usize {
        self.customers * 3 / 2
    }

    pub fn commitments(&self) -> usize {
        self.customers
    }
}

const TWO_YEARS_MS: i64 = 2 * 365 * 24 * 3600 * 1000;

/// How a sample's history is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// One commit per user action, as colleagues working day by day write it.
    AsUsed,
    /// The same records in commits of [`COMPACTED_RECORDS`]: a workspace whose history was
    /// compacted (the prototype measured in ARCHITECTURE.md, "How far one document goes").
    Compacted,
}

impl SampleSize {
    /// A size from a command line: customers, interactions (else `default`'s), and
    /// `compacted` for [`History::Compacted`]; four colleagues.
    pub fn from_args(
        args: impl IntoIterator<Item = String>,
        default: SampleSize,
    ) -> (SampleSize, History) {
        let args: Vec<String> = args.into_iter().collect();
        let number = |i: usize, default: usize| {
            args.get(i)
                .map_or(default, |a| a.parse().expect("a number"))
        };
        let size = SampleSize {
            customers: number(0, default.customers),
            interactions: number(1, default.interactions),
            colleagues: default.colleagues,
        };
        let history = match args.get(2).map(String::as_str) {
            Some("compacted") => History::Compacted,
            _ => History::AsUsed,
        };
        (size, history)
    }
}

/// Records per commit in a [`History::Compacted`] sample.
pub const COMPACTED_RECORDS: usize = 1_000;

/// Builds a workspace as colleagues would have, one user action per commit. Colleague 0
/// starts it; the others join and work in their own sessions (own actors). `now` is the
/// end of the two years.
pub fn generate(size: SampleSize, now: i64, seed: u64) -> Workspace {
    generate_with(size, now, seed, History::AsUsed)
}

/// [`generate`] with its history written as `history` says: the same seed gives the same
/// records either way.
pub fn generate_with(size: SampleSize, now: i64, seed: u64, history: History) -> Workspace {
    let mut dice = Dice::new(seed);
    let mut sessions: Vec<Workspace> = Vec::new();
    let mut first = Workspace::new();
    first.join(FIRST[0]).expect("a valid name");
    let bytes = first.save();
    sessions.push(first);
    for i in 1..size.colleagues.max(1) {
        let mut session = Workspace::load(&bytes).expect("a saved workspace loads");
        session.join(FIRST[i % FIRST.len()]).expect("a valid name");
        sessions.push(session);
    }
    // The other colleagues' joins are merged into the first session, which then makes
    // every change; owners are spread over all colleagues.
    let mut workspace = sessions.swap_remove(0);
    for session in &sessions {
        workspace
            .merge(session)
            .expect("copies of one workspace merge");
    }
    let colleagues: Vec<_> = workspace.colleagues().into_iter().map(|c| c.id).collect();
    let mut writes = Writes::new(&mut workspace, history);
    let mut ids: Vec<CustomerId> = Vec::with_capacity(size.customers);
    let companies = (size.customers / 10).max(1);
    for n in 0..size.customers {
        let person = n >= companies;
        let draft = customer_draft(n, person, &colleagues, &mut dice);
        let company = (person && dice.below(2) == 0)
            .then(|| ids[dice.below(companies.min(ids.len()))].clone());
        ids.push(writes.customer(draft, company));
    }
    writes.flush();
    for _ in 0..size.interactions {
        let customer = dice.pick(&ids).clone();
        let draft = InteractionDraft {
            at: now - (dice.roll() % TWO_YEARS_MS as u64) as i64,
            channel: *dice.pick(Channel::ALL),
            kind: *dice.pick(InteractionKind::ALL),
            direction: *dice.pick(Direction::ALL),
            summary: dice.pick(&SUMMARIES).to_string(),
            satisfaction: (dice.below(3) == 0).then(|| 1 + dice.below(5) as i64),
        };
        writes.interaction(customer, draft);
    }
    writes.flush();
    add_deals(&mut writes, &ids, size.deals(), now, &mut dice);
    writes.flush();
    add_commitments(&mut writes, &ids, size.commitments(), now, &mut dice);
    writes.flush();
    workspace
}

fn customer_draft(
    n: usize,
    person: bool,
    colleagues: &[ColleagueId],
    dice: &mut Dice,
) -> CustomerDraft {
    let name = if person {
        format!("{} {}", dice.pick(&FIRST), dice.pick(&LAST))
    } else {
        format!(
            "{} {} {}",
            dice.pick(&COMPANY_WORDS),
            dice.pick(&COMPANY_KINDS),
            n
        )
    };
    let slug: String = crate::domain::fold(&name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    CustomerDraft {
        kind: if person {
            CustomerKind::Person
        } else {
            CustomerKind::Company
        },
        name,
        company: String::new(),
        emails: vec![format!("{slug}{n}@ornek.com.tr")],
        phones: vec![format!(
            "05{:02} {:03} {:02} {:02}",
            30 + dice.below(20),
            dice.below(1000),
            dice.below(100),
            dice.below(100)
        )],
        city: dice.pick(&CITIES).to_string(),
        address: String::new(),
        tags: vec![dice.pick(&TAGS).to_string()],
        stage: *dice.pick(&Stage::ALL_ACTIVE),
        dissolution_reason: None,
        owner: Some(dice.pick(colleagues).clone()),
        preferred_channel: Some(*dice.pick(Channel::ALL)),
        notes: String::new(),
        ..CustomerDraft::default()
    }
}

/// Where the sample's records go: each through its intent (one commit each), or gathered
/// and written [`COMPACTED_RECORDS`] to a commit.
struct Writes<'w> {
    workspace: &'w mut Workspace,
    history: History,
    customers: Vec<(CustomerId, CustomerDraft, Option<CustomerId>)>,
    interactions: Vec<(CustomerId, InteractionDraft)>,
    deals: Vec<DealDraft>,
    commitments: Vec<(CommitmentDraft, Option<CommitmentStatus>)>,
}

impl<'w> Writes<'w> {
    fn new(workspace: &'w mut Workspace, history: History) -> Self {
        Self {
            workspace,
            history,
            customers: Vec::new(),
            interactions: Vec::new(),
            deals: Vec::new(),
            commitments: Vec::new(),
        }
    }

    fn compacted(&self) -> bool {
        self.history == History::Compacted
    }

    fn customer(&mut self, draft: CustomerDraft, company: Option<CustomerId>) -> CustomerId {
        if self.compacted() {
            let id = CustomerId(random_id());
            self.customers.push((id.clone(), draft, company));
            self.flush_when_full();
            return id;
        }
        let id = self
            .workspace
            .create_customer(draft)
            .expect("a valid customer");
        if let Some(company) = company {
            // By id: the by-name lookup a user's edit goes through scans every customer.
            self.workspace
                .link_company(&id, &company)
                .expect("both customers exist");
        }
        id
    }

    fn interaction(&mut self, customer: CustomerId, draft: InteractionDraft) {
        if self.compacted() {
            self.interactions.push((customer, draft));
            return self.flush_when_full();
        }
        self.workspace
            .log_interaction(&customer, draft)
            .expect("a valid interaction");
    }

    fn deal(&mut self, draft: DealDraft) {
        if self.compacted() {
            self.deals.push(draft);
            return self.flush_when_full();
        }
        self.workspace.create_deal(draft).expect("a valid deal");
    }

    fn commitment(&mut self, draft: CommitmentDraft, status: Option<CommitmentStatus>) {
        if self.compacted() {
            self.commitments.push((draft, status));
            return self.flush_when_full();
        }
        let id = self
            .workspace
            .create_commitment(draft)
            .expect("a valid commitment");
        if let Some(status) = status {
            self.workspace
                .update_commitment(&id, CommitmentUpdate::Status(status))
                .expect("the commitment exists");
        }
    }

    fn flush_when_full(&mut self) {
        let gathered = self.customers.len()
            + self.interactions.len()
            + self.deals.len()
            + self.commitments.len();
        if gathered >= COMPACTED_RECORDS {
            self.flush();
        }
    }

    /// Writes what was gathered in one commit.
    fn flush(&mut self) {
        let customers = std::mem::take(&mut self.customers);
        let interactions = std::mem::take(&mut self.interactions);
        let deals = std::mem::take(&mut self.deals);
        let commitments = std::mem::take(&mut self.commitments);
        if customers.len() + interactions.len() + deals.len() + commitments.len() == 0 {
            return;
        }
        if !deals.is_empty() || !commitments.is_empty() {
            self.workspace.ensure_extension().expect("a workspace");
        }
        let now = self.workspace.now();
        let me = self.workspace.me().cloned().expect("a colleague");
        let encoding = self.workspace.doc.text_encoding();
        self.workspace
            .commit_listing("sample.records", |tx, touched| {
                let all = collection(tx, CUSTOMERS).ok_or(DocumentError::NotAWorkspace)?;
                for (id, draft, company) in customers {
                    let draft = draft.validated()?;
                    let mut new = NewCustomer::new(&draft, now, Some(&me), encoding);
                    if let Some(company) = &company {
                        new = new.with("company", &company.0);
                    }
                    write_new_customer(tx, &all, &id, &new)?;
                    touched.customers.push(id);
                }
                let new = NewRecord { now, me: Some(&me) };
                for (customer, draft) in interactions {
                    let (draft, satisfaction) = draft.validated()?;
                    let id = InteractionId(random_id());
                    write_new_interaction(tx, &id, &customer, &draft, satisfaction, new)?;
                    touched.interactions.push(id);
                }
                for draft in deals {
                    let (draft, amount) = draft.validated()?;
                    let id = DealId(random_id());
                    write_new_deal(tx, &id, &draft, amount, now, &me)?;
                    touched.deals.push(id);
                }
                for (draft, status) in commitments {
                    let draft = draft.validated()?;
                    let id = CommitmentId(random_id());
                    let obj = write_new_commitment(tx, &id, &draft, now, &me)?;
                    if let Some(status) = status {
                        write_status(tx, &obj, status, now, Some(&me))?;
                    }
                    touched.commitments.push(id);
                }
                Ok(())
            })
            .expect("valid sample records");
    }
}

/// A customer, favouring the first ones: a few customers bring most of the business.
fn skewed<'a>(ids: &'a [CustomerId], dice: &mut Dice) -> &'a CustomerId {
    let upto = dice.below(ids.len()) + 1;
    &ids[dice.below(upto)]
}

/// Deals over the two years: a quarter still quotes, some orders, about half won (some in
/// euro or dollar), the rest lost with a reason.
fn add_deals(writes: &mut Writes<'_>, ids: &[CustomerId], count: usize, now: i64, dice: &mut Dice) {
    for _ in 0..count {
        let lira = [500, 2_000, 10_000, 50_000, 250_000][dice.below(5).min(dice.below(5))];
        let stage = match dice.below(20) {
            0..=4 => DealStage::Quote,
            5..=6 => DealStage::Order,
            7..=15 => DealStage::Won,
            _ => DealStage::Lost,
        };
        let draft = DealDraft {
            stage,
            currency: match dice.below(20) {
                0 => "EUR",
                1 => "USD",
                _ => "TRY",
            }
            .into(),
            expected_close: (!stage.is_closed()).then(|| now + dice.below(60) as i64 * DAY_MS),
            closed_at: stage
                .is_closed()
                .then(|| now - (dice.roll() % TWO_YEARS_MS as u64) as i64),
            lost_reason: (stage == DealStage::Lost).then(|| *dice.pick(LostReason::ALL)),
            ..DealDraft::quote(
                skewed(ids, dice).clone(),
                dice.pick::<&str>(&DEALS),
                &(lira + dice.below(lira)).to_string(),
            )
        };
        writes.deal(draft);
    }
}

/// Commitments due from two months ago to a month ahead, owned by everyone: past ones
/// mostly kept, some broken, some still open (overdue); tasks for ourselves among them.
fn add_commitments(
    writes: &mut Writes<'_>,
    ids: &[CustomerId],
    count: usize,
    now: i64,
    dice: &mut Dice,
) {
    let colleagues: Vec<_> = writes
        .workspace
        .colleagues()
        .into_iter()
        .map(|c| c.id)
        .collect();
    for _ in 0..count {
        let due = now + (dice.below(90) as i64 - 60) * DAY_MS;
        let promise = dice.below(10) < 7;
        let draft = CommitmentDraft {
            kind: if promise {
                CommitmentKind::Promise
            } else {
                CommitmentKind::Task
            },
            customer: (promise || dice.below(2) == 0).then(|| dice.pick(ids).clone()),
            owner: Some(dice.pick(&colleagues).clone()),
            ..CommitmentDraft::task(dice.pick::<&str>(&PROMISES), due)
        };
        let status = match dice.below(20) {
            _ if due >= now => None,
            0..=13 => Some(CommitmentStatus::Kept),
            14..=16 => Some(CommitmentStatus::Broken),
            _ => None,
        };
        writes.commitment(draft, status);
    }
}

/// The sample a new user may open to try the app: big enough for every screen to show
/// something (the board, at-risk customers, the dashboard), small enough to make in a
/// moment in the browser.
pub const TRY_SIZE: SampleSize = SampleSize {
    customers: 60,
    interactions: 500,
    colleagues: 3,
};

impl Workspace {
    /// Fills a copy that holds no work with a sample workspace (`TRY_SIZE`), flagged as a
    /// sample so the app can say so and offer to start empty instead. The user joins
    /// first: they become one more colleague of the sample.
    pub fn open_sample(&mut self, seed: u64) -> Result<(), DocumentError> {
        if !self.has_no_work() {
            return Err(DocumentError::OtherWorkspace);
        }
        let sample = generate(TRY_SIZE, self.now(), seed);
        self.merge(&sample)?;
        if let Some(id) = sample.workspace_id() {
            self.adopt_workspace_id(&id)?;
        }
        self.commit("workspace.sample", |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            tx.put(&meta, "sample", true)?;
            Ok(())
        })
    }

    /// True for a sample workspace opened to try the app.
    pub fn is_sample(&self) -> bool {
        collection(&self.doc, META).is_some_and(|meta| boolean(&self.doc, &meta, "sample"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_has_the_asked_size_and_is_deterministic_in_content() {
        let size = SampleSize {
            customers: 30,
            interactions: 100,
            colleagues: 3,
        };
        let a = generate(size, 1_763_800_000_000, 7);
        let b = generate(size, 1_763_800_000_000, 7);
        assert_eq!(a.customers().len(), 30);
        assert_eq!(a.interactions().len(), 100);
        assert_eq!(a.colleagues().len(), 3);
        assert_eq!(a.deals().len(), size.deals());
        assert_eq!(a.commitments().len(), size.commitments());
        assert!(a.deals().iter().any(|d| d.stage == DealStage::Won));
        let names = |w: &Workspace| {
            let mut n: Vec<String> = w.customers().into_iter().map(|c| c.name).collect();
            n.sort();
            n
        };
        assert_eq!(names(&a), names(&b));
    }

    /// The compacted prototype holds exactly the records the one-commit-per-action sample
    /// holds, in a few commits.
    #[test]
    fn a_compacted_sample_has_the_same_records_in_few_commits() {
        let size = SampleSize {
            customers: 300,
            interactions: 2_500,
            colleagues: 3,
        };
        let now = 1_763_800_000_000;
        let used = generate_with(size, now, 5, History::AsUsed);
        let compacted = generate_with(size, now, 5, History::Compacted);
        let records = size.customers + size.interactions + size.deals() + size.commitments();
        let changes = |w: &Workspace| w.doc.get_changes(&[]).len();
        assert!(changes(&used) > records, "one commit per action");
        assert!(
            changes(&compacted) < changes(&used) / 100,
            "{} commits",
            changes(&compacted)
        );
        // The same records, but for their ids (random) and when they were made.
        let customers = |w: &Workspace| {
            let names: std::collections::HashMap<_, _> = w
                .customers()
                .into_iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect();
            let mut all: Vec<_> = w
                .customers()
                .into_iter()
                .map(|c| {
                    let company = c.company.as_ref().map(|id| names[id].clone());
                    (c.name, c.kind, c.city, c.emails, c.phones, c.stage, company)
                })
                .collect();
            all.sort();
            all
        };
        assert_eq!(customers(&compacted), customers(&used));
        let interactions = |w: &Workspace| {
            let names: std::collections::HashMap<_, _> =
                w.customers().into_iter().map(|c| (c.id, c.name)).collect();
            let mut all: Vec<_> = w
                .interactions()
                .into_iter()
                .map(|i| {
                    let who = names[&i.customer].clone();
                    (i.at, who, i.channel, i.kind, i.summary, i.satisfaction)
                })
                .collect();
            all.sort();
            all
        };
        assert_eq!(interactions(&compacted), interactions(&used));
        let deals = |w: &Workspace| {
            let mut all: Vec<_> = w
                .deals()
                .into_iter()
                .map(|d| {
                    (
                        d.title,
                        d.stage,
                        d.amount.minor,
                        format!("{:?}", d.amount.currency),
                        d.closed_at,
                    )
                })
                .collect();
            all.sort();
            all
        };
        assert_eq!(deals(&compacted), deals(&used));
        let commitments = |w: &Workspace| {
            let mut all: Vec<_> = w
                .commitments()
                .into_iter()
                .map(|c| (c.title, c.due, c.status, c.customer.is_some()))
                .collect();
            all.sort();
            all
        };
        assert_eq!(commitments(&compacted), commitments(&used));
    }

    #[test]
    fn a_new_user_opens_the_sample_and_joins_it_but_never_over_real_work() {
        let mut fresh = Workspace::new();
        fresh.join("Deneme").unwrap();
        fresh.open_sample(3).unwrap();
        assert!(fresh.is_sample());
        assert_eq!(fresh.customers().len(), TRY_SIZE.customers);
        assert_eq!(fresh.colleagues().len(), TRY_SIZE.colleagues + 1);
        assert!(fresh.workspace_id().is_some());

        let mut working = Workspace::new();
        working.join("Ayşe").unwrap();
        working
            .create_customer(crate::domain::CustomerDraft {
                name: "Gerçek Müşteri".into(),
                ..Default::default()
            })
            .unwrap();
        let before = working.save();
        assert!(working.open_sample(3).is_err());
        assert_eq!(working.save(), before, "nothing changed");
        assert!(!working.is_sample());
    }
}
