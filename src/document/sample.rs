//! A realistic sample workspace: Turkish and English people, companies and cities, with a
//! history of interactions over two years by several colleagues, deals (most in lira, a
//! few big customers bringing most of the revenue) and commitments (most kept, some
//! broken, some overdue). Used by the benchmarks (10,000 customers, 100,000 interactions)
//! and, small, to try the app.

use automerge::transaction::Transactable;

use super::fields::boolean;
use super::read::collection;
use super::schema::META;
use super::{DocumentError, Workspace};
use crate::domain::{
    Channel, Code, CommitmentDraft, CommitmentKind, CommitmentStatus, CommitmentUpdate,
    CustomerDraft, CustomerId, CustomerKind, DealDraft, DealStage, Direction, InteractionDraft,
    InteractionKind, LostReason, Stage, DAY_MS,
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

/// Builds a workspace as colleagues would have, one user action per commit. Colleague 0
/// starts it; the others join and work in their own sessions (own actors). `now` is the
/// end of the two years.
pub fn generate(size: SampleSize, now: i64, seed: u64) -> Workspace {
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
    let mut ids: Vec<CustomerId> = Vec::with_capacity(size.customers);
    let companies = (size.customers / 10).max(1);
    for n in 0..size.customers {
        let person = n >= companies;
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
        let draft = CustomerDraft {
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
            owner: Some(dice.pick(&colleagues).clone()),
            preferred_channel: Some(*dice.pick(Channel::ALL)),
            notes: String::new(),
        };
        let id = workspace.create_customer(draft).expect("a valid customer");
        if person && dice.below(2) == 0 {
            // By id: the by-name lookup a user's edit goes through scans every customer.
            let company = &ids[dice.below(companies.min(ids.len()))];
            workspace
                .link_company(&id, company)
                .expect("both customers exist");
        }
        ids.push(id);
    }
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
        workspace
            .log_interaction(&customer, draft)
            .expect("a valid interaction");
    }
    add_deals(&mut workspace, &ids, size.deals(), now, &mut dice);
    add_commitments(&mut workspace, &ids, size.commitments(), now, &mut dice);
    workspace
}

/// A customer, favouring the first ones: a few customers bring most of the business.
fn skewed<'a>(ids: &'a [CustomerId], dice: &mut Dice) -> &'a CustomerId {
    let upto = dice.below(ids.len()) + 1;
    &ids[dice.below(upto)]
}

/// Deals over the two years: a quarter still quotes, some orders, about half won (some in
/// euro or dollar), the rest lost with a reason.
fn add_deals(
    workspace: &mut Workspace,
    ids: &[CustomerId],
    count: usize,
    now: i64,
    dice: &mut Dice,
) {
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
        workspace.create_deal(draft).expect("a valid deal");
    }
}

/// Commitments due from two months ago to a month ahead, owned by everyone: past ones
/// mostly kept, some broken, some still open (overdue); tasks for ourselves among them.
fn add_commitments(
    workspace: &mut Workspace,
    ids: &[CustomerId],
    count: usize,
    now: i64,
    dice: &mut Dice,
) {
    let colleagues: Vec<_> = workspace.colleagues().into_iter().map(|c| c.id).collect();
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
        let id = workspace
            .create_commitment(draft)
            .expect("a valid commitment");
        let status = match dice.below(20) {
            _ if due >= now => None,
            0..=13 => Some(CommitmentStatus::Kept),
            14..=16 => Some(CommitmentStatus::Broken),
            _ => None,
        };
        if let Some(status) = status {
            workspace
                .update_commitment(&id, CommitmentUpdate::Status(status))
                .expect("the commitment exists");
        }
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
