//! The one translation layer: every user-facing string, in Turkish and English, plus
//! locale-aware dates and numbers (the browser's `Intl`, so no tables ship in the wasm).
//!
//! Messages are an enum, so a missing translation is a compile error, not a blank label.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::{
    Channel, CommitmentKind, CommitmentStatus, ConsentSource, ConsentState, CustomerKind,
    DealStage, Direction, DissolutionReason, Field, FieldKind, InteractionKind, KdvRate, LinePart,
    LostReason, Money, Problem, Purpose, QuoteStatus, Segment, Stage,
};

/// The language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    Tr,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Tr, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Tr => "tr",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| code.to_ascii_lowercase().starts_with(l.code()))
    }

    /// The language's own name, the same in either interface language.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Tr => "Türkçe",
            Locale::En => "English",
        }
    }

    /// Turkish when the browser prefers it, English otherwise.
    pub fn from_browser() -> Self {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .and_then(|l| Self::from_code(&l))
            .unwrap_or(Locale::En)
    }
}

/// Defines [`Msg`] and its texts: `Key => "Türkçe", "English";`.
macro_rules! messages {
    ($($key:ident => $tr:literal, $en:literal;)+) => {
        /// A user-facing message.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),+ }

        impl Msg {
            /// Every message, for the test that no text is empty.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),+];

            pub fn text(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $((Msg::$key, Locale::Tr) => $tr, (Msg::$key, Locale::En) => $en,)+
                }
            }
        }
    };
}

messages! {
    FieldTitle => "Başlık", "Title";
    FieldCustomer => "Müşteri", "Customer";
    FieldDue => "Son tarih", "Due";
    FieldReminder => "Hatırlat", "Remind me";
    FieldReminderHint => "İsteğe bağlı: o saatte Rapport açıksa tarayıcı bildirimi ve sekme başlığında bir sayı.", "Optional: at that time, while Rapport is open, a browser notification and a count in the tab's title.";
    ReminderAt => "Hatırlatma", "Reminder";
    RemoveReminder => "Hatırlatmayı kaldır", "Remove the reminder";
    NotificationsOff => "Bu tarayıcıda Rapport bildirimleri kapalı: hatırlatma, Rapport açıkken bu sayfada, sekme başlığında ve Bugün sayfasında görünür. Rapport kapalıyken de hatırlatılmak için takipleri Bugün sayfasından takviminize ekleyin.", "Notifications are off for Rapport in this browser: a reminder shows on this page, in the tab's title and on Today while Rapport is open. To be reminded while it is closed, add your follow-ups to your calendar from Today.";
    RemindersDue => "Hatırlatmalar", "Reminders";
    ReminderNotice => "Hatırlatma: {title}", "Reminder: {title}";
    ReminderDone => "Tamam, gördüm", "Seen";
    CalendarExport => "Takvime ekle (.ics)", "Add to calendar (.ics)";
    CalendarExportHint => "Açık takipler ve ileri tarihli toplantılar, hatırlatmalarıyla: Google Takvim, Outlook ve telefonun takvimi içe aktarır. Yeniden aktarınca aynı etkinlikler güncellenir, çoğalmaz.", "Open follow-ups and meetings ahead, with their reminders: Google Calendar, Outlook and the phone's calendar import it. Importing a newer file updates the same events instead of adding them again.";
    CalendarSaved => "Takvim dosyası indirildi:", "Calendar file saved:";
    FieldAmount => "Tutar", "Amount";
    FieldCurrency => "Para birimi", "Currency";
    FieldExpectedClose => "Beklenen kapanış", "Expected close";
    FieldLostReason => "Kaybedilme nedeni", "Lost reason";
    InvalidAmount => "Geçerli bir tutar değil:", "Not a valid amount:";
    InvalidCurrency => "Bilinmeyen para birimi:", "Unknown currency:";
    AppTagline => "Müşteri ilişkileri, tarayıcınızda", "Customer relationships, in your browser";
    Language => "Dil", "Language";
    SkipToContent => "İçeriğe geç", "Skip to content";
    MainNavigation => "Ana menü", "Main navigation";
    Customers => "Müşteriler", "Customers";
    Archive => "Arşiv", "Archive";
    NewCustomer => "Yeni müşteri", "New customer";
    SignedInAs => "Kullanıcı", "You are";
    WelcomeTitle => "Rapport'a hoş geldiniz", "Welcome to Rapport";
    WelcomeText => "Müşterilerinizi ve onlarla olan tüm geçmişinizi bu tarayıcıda tutun. Sunucu yok, hesap yok. Önce adınızı yazın: yaptığınız her değişiklik bu adla kaydedilir ve ekip arkadaşlarınız görür.", "Keep your customers and the whole history of your relationship with each of them in this browser. No server, no account. First, your name: every change you make is recorded under it, for your colleagues to see.";
    YourName => "Adınız", "Your name";
    Start => "Başla", "Start";
    RecoveryTitle => "Kayıtlı verileriniz açılamadı", "Your saved data could not be opened";
    RecoveryText => "Bu tarayıcıda kayıtlı çalışma alanı bozuk görünüyor. Hiçbir şey silinmedi. Önce bozuk veriyi indirip saklayın; sonra boş bir çalışma alanıyla yeniden başlayabilirsiniz (bozuk veri kenara ayrılır, silinmez).", "The workspace saved in this browser looks damaged. Nothing was deleted. Download the damaged data to keep it safe; then you can start again with an empty workspace (the damaged data is set aside, not deleted).";
    RecoveryDetail => "Ayrıntı", "Details";
    DownloadDamaged => "Bozuk veriyi indir", "Download the damaged data";
    StartFresh => "Boş bir çalışma alanıyla başla", "Start with an empty workspace";
    Opening => "Açılıyor…", "Opening…";
    ShowMore => "Daha fazla göster", "Show more";
    OpeningList => "Son kaydedilen liste gösteriliyor; çalışma alanı açılıyor…", "Showing the list as last saved while the workspace opens…";
    SaveFailed => "Kaydedilemedi: tarayıcı depolamayı reddetti. Çalışmanız bu sekmede duruyor; bir yedek indirin ve yeniden deneyin.", "Could not save: the browser refused to store. Your work is still in this tab; download a backup and try again.";
    StorageFull => "Depolama dolu: son değişiklikleriniz kaydedilemedi. Çalışmanız bu sekmede duruyor; bir yedek indirin, yer açın ve yeniden deneyin.", "Storage is full: your latest changes could not be saved. Your work is still in this tab; download a backup, free some space and try again.";
    StorageUnavailable => "Bu tarayıcı Rapport'un veri saklamasına izin vermiyor (gizli pencere ya da bir ayar). Çalışmanız yalnızca bu sekme açıkken duruyor; bir yedek indirin.", "This browser does not let Rapport store data (a private window, or a setting). Your work lasts only while this tab is open; download a backup.";
    DownloadBackup => "Yedek indir", "Download a backup";
    TryAgain => "Yeniden dene", "Try again";
    Saving => "Kaydediliyor…", "Saving…";
    AllSaved => "Kaydedildi", "Saved";
    SaveFailedShort => "Kaydedilmedi", "Not saved";
    BackupReminder => "{days} gündür ne yedek indirildi ne de bir ekip arkadaşına eşitleme dosyası gönderildi. Tüm verileriniz yalnızca bu tarayıcıda.", "No backup and no sync file for a colleague for {days} days. All your data is only in this browser.";
    Later => "Sonra", "Later";
    ContactActions => "İletişim", "Contact";
    ContactCall => "Ara", "Call";
    ContactWhatsApp => "WhatsApp'tan yaz", "Message on WhatsApp";
    ContactEmail => "E-posta gönder", "Send an e-mail";
    LogCallOffer => "{name} ile yaptığınız aramayı kaydetmek ister misiniz?", "Log your call with {name}?";
    LogWhatsAppOffer => "{name} ile WhatsApp yazışmanızı kaydetmek ister misiniz?", "Log your WhatsApp message to {name}?";
    LogEmailOffer => "{name} kişisine gönderdiğiniz e-postayı kaydetmek ister misiniz?", "Log your e-mail to {name}?";
    LogIt => "Kaydet", "Log it";
    NotNow => "Şimdi değil", "Not now";
    PhoneTooShort => "{number}: bir Türkiye numarası için kısa (0'dan sonra 10 hane). Yabancı bir numaraysa + ve ülke koduyla yazın. Yine de kaydedildi.", "{number}: too short for a Turkish number (10 digits after the 0). If it is foreign, write it with + and the country code. It is kept all the same.";
    PhoneTooLong => "{number}: bir Türkiye numarası için uzun. Yabancı bir numaraysa + ve ülke koduyla yazın. Yine de kaydedildi.", "{number}: too long for a Turkish number. If it is foreign, write it with + and the country code. It is kept all the same.";
    PhoneNoSuchPrefix => "{number}: Türkiye'de böyle başlayan bir hat yok (alan kodları 2, 3 ya da 4, cep numaraları 5 ile başlar). Yine de kaydedildi.", "{number}: no Turkish line starts like this (area codes start with 2, 3 or 4, mobiles with 5). It is kept all the same.";
    ChangesRecovered => "Rapport son kapandığında {count} değişiklik henüz kaydedilmemişti: bu cihazda tutulmuştu, şimdi uygulandı ve kaydediliyor.", "{count} changes were not saved yet when Rapport last stopped: they were kept on this device, are applied now and are being saved.";
    ChangeRecoveredOne => "Rapport son kapandığında 1 değişiklik henüz kaydedilmemişti: bu cihazda tutulmuştu, şimdi uygulandı ve kaydediliyor.", "1 change was not saved yet when Rapport last stopped: it was kept on this device, is applied now and is being saved.";
    Dismiss => "Tamam", "OK";
    StoreCleared => "Rapport açıkken tarayıcı bu cihazdaki Rapport verilerini sildi (site verileri temizlendi ya da tarayıcı yere ihtiyaç duydu). Bu sekmede açık olan her şey yeniden kaydediliyor; bir kopyası başka yerde de dursun diye bir yedek indirin.", "The browser removed Rapport's data from this device while Rapport was open (the site's data was cleared, or the browser needed the space). Everything open in this tab is being saved again; download a backup to keep a copy elsewhere too.";
    SavingStalled => "Kaydetme olması gerekenden uzun sürüyor: tarayıcı birkaç saniyedir kaydı onaylamadı. Çalışmanız bu sekmede ve bu cihazda tutuluyor; sekmeyi açık bırakın ya da bir yedek indirin.", "Saving is taking longer than it should: the browser has not confirmed it for several seconds. Your work is kept in this tab and on this device; keep the tab open, or download a backup.";
    ImportCutShort => "{file} dosyasının içe aktarılması ({count} müşteri) Rapport durduğunda yarıda kaldı: bir kısmı eksik olabilir. Dosyayı yeniden içe aktarın; zaten eklenmiş müşteriler tanınır ve iki kez eklenmez.", "The import of {file} ({count} customers) was cut short when Rapport stopped: part of it may be missing. Import the file again; the customers already added are recognised and not added twice.";
    DeviceStorage => "Bu cihazdaki veriler", "Data on this device";
    StorageKept => "Kalıcı: tarayıcı yer azaldığında bu verileri silmeyecek.", "Persistent: the browser will not clear this data when space runs low.";
    StorageEvictable => "Kalıcı değil: yer azalırsa tarayıcı bu verileri silebilir. Düzenli yedek alın.", "Not persistent: the browser may clear this data if space runs low. Make regular backups.";
    StorageUnknown => "Tarayıcı verilerin kalıcı olup olmadığını söylemiyor.", "The browser does not say whether this data is persistent.";
    AskPersistence => "Kalıcı saklamayı iste", "Ask to keep it persistently";
    StorageUsed => "Kullanılan alan", "Space used";
    LastBackup => "Son yedek", "Last backup";
    LastSyncFileSent => "Son gönderilen eşitleme dosyası", "Last sync file sent";
    BackupHint => "Yedek, tüm çalışma alanını içeren bir eşitleme dosyasıdır: başka bir tarayıcıda içe aktararak geri yükleyebilirsiniz.", "A backup is a sync file holding the whole workspace: import it in any browser to restore it.";
    BackupSaved => "Yedek indirildi:", "Backup downloaded:";
    Search => "Ara", "Search";
    SearchPlaceholder => "Ad, şirket, e-posta, telefon, şehir", "Name, company, e-mail, phone, city";
    AllStages => "Tüm aşamalar", "All stages";
    AllTags => "Tüm etiketler", "All tags";
    AllOwners => "Tüm sorumlular", "All owners";
    SortBy => "Sırala", "Sort by";
    Descending => "Ters sırada", "Reverse order";
    SortName => "Ad", "Name";
    SortCity => "Şehir", "City";
    SortStage => "Aşama", "Stage";
    SortLastContact => "Son görüşme", "Last contact";
    SortCreated => "Eklenme", "Added";
    ColumnCompany => "Şirket", "Company";
    ColumnOwner => "Sorumlu", "Owner";
    CustomersShown => "müşteri gösteriliyor", "customers shown";
    OneCustomerShown => "müşteri gösteriliyor", "customer shown";
    NoCustomersYet => "Henüz müşteri yok. İlk müşterinizi ekleyerek başlayın.", "No customers yet. Start by adding your first customer.";
    NoMatches => "Bu aramaya uyan müşteri yok.", "No customer matches this search.";
    ArchiveEmpty => "Arşiv boş. Arşivlenen müşteriler, geçmişleriyle birlikte burada durur.", "The archive is empty. Archived customers stay here with their history.";
    ArchiveIntro => "Arşivlenen müşteriler listede görünmez; tüm geçmişleri saklanır ve geri alınabilirler.", "Archived customers are hidden from the list; their whole history is kept and they can be restored.";
    SelectCustomer => "Seç: {name}", "Select {name}";
    SelectAllShown => "Gösterilen {count} müşterinin tümünü seç", "Select all {count} shown";
    SelectedCustomers => "Seçili müşteriler", "Selected customers";
    SelectedCount => "{count} müşteri seçili", "{count} customers selected";
    OneSelected => "1 müşteri seçili", "1 customer selected";
    SelectedHidden => "({count} tanesi arama ya da filtreler yüzünden görünmüyor)", "({count} hidden by the search or filters)";
    ClearSelection => "Seçimi temizle", "Clear selection";
    SelectionCleared => "Seçim temizlendi.", "Selection cleared.";
    SelectionHint => "Bir aralık seçmek için Shift'e basılı tutup tıklayın; Esc seçimi temizler.", "Shift-click to select a range; Escape clears the selection.";
    NewStage => "Yeni aşama", "New stage";
    ChooseStage => "Bir aşama seçin", "Choose a stage";
    SetStage => "Aşamayı ata", "Set stage";
    NewOwner => "Yeni sorumlu", "New owner";
    ChooseOwner => "Bir sorumlu seçin", "Choose an owner";
    SetOwner => "Sorumluyu ata", "Set owner";
    TagToAdd => "Etiket", "Tag";
    AddTag => "Etiket ekle", "Add tag";
    ArchiveSelected => "Arşivle…", "Archive…";
    ExportSelectionVcard => "vCard olarak indir", "Export vCard";
    DownloadVcard => "vCard indir", "Download vCard";
    CustomersCount => "{count} müşteri", "{count} customers";
    OneCustomer => "1 müşteri", "1 customer";
    ArchiveConfirmTitle => "{customers} arşivlensin mi?", "Archive {customers}?";
    ArchiveConfirmText => "Listeden kalkarlar; tüm geçmişleri saklanır ve Arşiv sayfasından geri alınabilirler. Hemen ardından Geri al (Ctrl+Z) hepsini geri getirir.", "They leave the list; their whole history is kept and they can be restored from the Archive page. Undo (Ctrl+Z) right after brings them all back.";
    BulkConfirmTitle => "{customers} değiştirilsin mi?", "Change {customers}?";
    BulkConfirmText => "{what}. Hemen ardından Geri al (Ctrl+Z) her müşteriyi önceki hâline döndürür.", "{what}. Undo (Ctrl+Z) right after puts each customer back as they were.";
    BulkConfirm => "Değiştir ({customers})", "Change {customers}";
    ArchiveConfirm => "Arşivle ({customers})", "Archive {customers}";
    StageSetFor => "{customers} için aşama «{stage}» olarak ayarlandı.", "Stage set to {stage} for {customers}.";
    AlreadyInStage => "{customers} zaten bu aşamadaydı.", "{customers} already had this stage.";
    OwnerSetFor => "{customers} için sorumlu «{owner}» olarak ayarlandı.", "Owner set to {owner} for {customers}.";
    OwnerRemovedFrom => "{customers} için sorumlu kaldırıldı.", "Owner removed from {customers}.";
    AlreadyOwner => "{customers} için sorumlu zaten buydu.", "{customers} already had this owner.";
    TagAddedTo => "«{tag}» etiketi {customers} için eklendi.", "Tag “{tag}” added to {customers}.";
    AlreadyTagged => "{customers} için bu etiket zaten vardı.", "{customers} already had this tag.";
    ArchivedCount => "{customers} arşivlendi; Arşiv sayfasından geri alınabilir.", "{customers} archived; they can be restored from the Archive page.";
    AlreadyArchived => "Zaten arşivde: {customers}.", "Already in the archive: {customers}.";
    ExportedCards => "{customers} vCard dosyasına aktarıldı: {file}", "{customers} exported to {file}";
    NothingChanged => "Hiçbir şey değiştirilmedi:", "Nothing was changed:";
    BulkCancelled => "Vazgeçildi; hiçbir şey değiştirilmedi.", "Cancelled; nothing was changed.";
    VcardFileName => "rapport-{count}-musteri.vcf", "rapport-{count}-customers.vcf";
    Never => "Hiç", "Never";
    KindLabel => "Tür", "Type";
    Name => "Ad", "Name";
    Company => "Şirket", "Company";
    CompanyHint => "Yoksa yeni şirket olarak eklenir", "Added as a new company if it does not exist";
    Emails => "E-postalar", "E-mails";
    Phones => "Telefonlar", "Phones";
    ListHint => "Virgülle ayırın", "Separate with commas";
    City => "Şehir", "City";
    Address => "Adres", "Address";
    Tags => "Etiketler", "Tags";
    Stage => "Aşama", "Stage";
    DissolutionReason => "Ayrılık nedeni", "Why it ended";
    ChooseReason => "Bir neden seçin", "Choose a reason";
    Owner => "Sorumlu", "Owner";
    NoOwner => "Sorumlu yok", "No owner";
    PreferredChannel => "Tercih ettiği kanal", "Preferred channel";
    NoPreference => "Belirtilmedi", "Not known";
    Notes => "Notlar", "Notes";
    InvoiceDetails => "Fatura bilgileri", "Invoice details";
    TaxNumber => "Vergi no / TCKN", "Tax number (VKN / TCKN)";
    TaxNumberHint => "Şirket için 10 haneli VKN, şahıs için 11 haneli TC kimlik no.", "A firm's 10-digit VKN, or a person's 11-digit TCKN.";
    TaxOffice => "Vergi dairesi", "Tax office";
    District => "İlçe", "District";
    Iban => "IBAN", "IBAN";
    TaxNumberLength => "Vergi no {count} haneli olmalı (VKN 10, TCKN 11).", "A tax number has {count} digits (VKN 10, TCKN 11).";
    TaxNumberDigits => "Vergi no yalnızca rakamlardan oluşur.", "A tax number is digits only.";
    IbanLength => "Türk IBAN'ı TR ile başlar ve {count} karakterdir.", "A Turkish IBAN starts with TR and has {count} characters.";
    IbanCharacters => "IBAN iki harfle (TR), ardından rakamlarla yazılır.", "An IBAN is two letters (TR) followed by digits.";
    CheckDigitsWrong => "Kontrol haneleri tutmuyor: bir rakam yanlış ya da iki rakamın yeri değişmiş olabilir.", "The check digits do not add up: a digit may be wrong, or two swapped.";
    TcknLeadingZero => "TC kimlik no 0 ile başlamaz.", "A TCKN never starts with 0.";
    KeptAllTheSame => "Yine de kaydedildi.", "It is kept all the same.";
    SaveCustomer => "Müşteriyi kaydet", "Save customer";
    Cancel => "Vazgeç", "Cancel";
    Details => "Bilgiler", "Details";
    SavedAutomatically => "Değişiklikler alandan çıkınca kaydedilir.", "Changes are saved when you leave a field.";
    ArchiveCustomer => "Arşivle", "Archive";
    RestoreCustomer => "Geri al", "Restore";
    ArchivedNotice => "Bu müşteri arşivde. Geçmişi saklanıyor.", "This customer is archived. Their history is kept.";
    CustomerNotFound => "Bu müşteri bulunamadı.", "This customer could not be found.";
    BackToList => "Listeye dön", "Back to the list";
    People => "Kişiler", "People";
    Timeline => "Etkileşim geçmişi", "Interaction history";
    NoInteractions => "Henüz etkileşim yok. İlk görüşmeyi kaydedin.", "No interactions yet. Log the first contact.";
    LogInteraction => "Etkileşim kaydet", "Log an interaction";
    When => "Ne zaman", "When";
    Channel => "Kanal", "Channel";
    InteractionKind => "Konu", "Kind";
    Direction => "Yön", "Direction";
    Summary => "Özet", "Summary";
    Satisfaction => "Memnuniyet", "Satisfaction";
    SatisfactionHint => "1 (hiç memnun değil) ile 5 (çok memnun) arası; bilinmiyorsa boş bırakın", "1 (very unhappy) to 5 (very happy); leave empty if not known";
    SaveInteraction => "Kaydet", "Save";
    Edit => "Düzenle", "Edit";
    Remove => "Sil", "Remove";
    ConfirmRemove => "Evet, sil", "Yes, remove";
    By => "kaydeden", "by";
    Person => "Kişi", "Person";
    CompanyKind => "Şirket", "Company";
    FixErrors => "Lütfen işaretli alanları düzeltin.", "Please correct the marked fields.";
    Required => "Bu alan boş bırakılamaz.", "This field cannot be empty.";
    InvalidEmail => "Geçerli bir e-posta adresi değil:", "Not a valid e-mail address:";
    InvalidPhone => "Geçerli bir telefon numarası değil:", "Not a valid phone number:";
    OutOfRange => "Değer şu aralıkta olmalı:", "The value must be between";
    TooLong => "Çok uzun; en fazla karakter:", "Too long; most characters allowed:";
    UnknownCustomer => "Böyle bir müşteri yok.", "There is no such customer.";
    NotSaved => "Kaydedilmedi:", "Not saved:";
    SyncFiles => "Eşitleme dosyaları", "Sync files";
    SyncIntro => "Sunucu olmadan çalışırsınız: değişikliklerinizi bir dosyayla ekip arkadaşınıza gönderin (e-posta, USB bellek, ortak klasör); onun dosyasını içeri alın. Kopyalarınız birleşir, kimsenin emeği kaybolmaz.", "There is no server: send your changes to a colleague as a file (e-mail, a USB stick, a shared folder) and import theirs. Your copies merge and nobody's work is lost.";
    SendChanges => "Değişikliklerinizi gönderin", "Send your changes";
    ExportFor => "Kime", "For";
    WhatTheyLack => "(onda olmayanlar)", "(what they lack)";
    Everything => "Herkese: çalışma alanının tamamı", "Anyone: the whole workspace";
    PassphraseOptional => "Parola (isteğe bağlı)", "Passphrase (optional)";
    PassphraseHint => "Parolayı dosyayla aynı e-postada değil, başka bir yoldan (telefon, yüz yüze) iletin.", "Share the passphrase another way (phone, in person), never in the same e-mail as the file.";
    ExportSyncFile => "Eşitleme dosyası oluştur", "Export sync file";
    Preparing => "Hazırlanıyor…", "Preparing…";
    Exported => "Kaydedildi:", "Saved:";
    ReceiveChanges => "Bir arkadaşınızın değişikliklerini alın", "Receive a colleague's changes";
    ChooseSyncFile => "Eşitleme dosyası seçin", "Choose a sync file";
    DropHint => "ya da dosyayı bu sayfanın herhangi bir yerine bırakın", "or drop the file anywhere on the page";
    Passphrase => "Parola", "Passphrase";
    OpenFile => "Dosyayı aç", "Open the file";
    Reading => "Okunuyor…", "Reading…";
    Applying => "Uygulanıyor…", "Applying…";
    WhatFileBrings => "Dosyanın getirdikleri", "What the file brings";
    From => "Gönderen:", "From";
    JoinsWorkspace => "Bu uygulamada henüz kendi kaydınız yok: bu dosyayla gönderenin çalışma alanına katılacaksınız.", "This app holds no work of its own yet: with this file you join the sender's workspace.";
    WaitsForEarlier => "Bu dosyadaki bazı değişiklikler, gönderenin daha önceki bir dosyasını bekliyor. O dosyayı da içeri alın; değişiklikler kaybolmaz, bekler.", "Some changes in this file wait for an earlier file from the sender. Import that file too; nothing is lost meanwhile.";
    ApplyFile => "Uygula", "Apply";
    Applied => "Uygulandı:", "Applied:";
    NothingNew => "yeni bir şey yok", "nothing new";
    Interactions => "Etkileşimler", "Interactions";
    CountNew => "yeni", "new";
    CountChanged => "değişen", "changed";
    Colleagues => "Ekip arkadaşları", "Colleagues";
    LastReceived => "Son alınan dosya", "Last file received";
    LastSent => "Son gönderilen dosya", "Last file sent";
    You => "siz", "you";
    FileMissingFrom => "Eksik bir dosya var; değişiklikler bekliyor. Şu kişiden önceki dosyaları isteyin:", "A file is missing and changes are waiting. Ask for earlier files from:";
    ErrNotSyncFile => "Bu bir Rapport eşitleme dosyası değil.", "This is not a Rapport sync file.";
    ErrDamagedFile => "Dosya bozuk ya da eksik (sağlama toplamı tutmuyor). Gönderenden yeniden isteyin. Hiçbir şey değiştirilmedi.", "The file is damaged or incomplete (its checksum does not match). Ask the sender for it again. Nothing was changed.";
    ErrUnreadableFile => "Dosyanın sağlama toplamı tutuyor ama içindekiler okunamıyor: başka bir programla yapılmış ya da mühürlenmeden önce bozulmuş olabilir. Gönderenden yeni bir dosya isteyin. Hiçbir şey değiştirilmedi.", "The file's checksum matches, but what it holds cannot be read: another program may have made it, or it was damaged before it was sealed. Ask the sender for a new file. Nothing was changed.";
    ErrNeedsWholeWorkspace => "Bu dosya yalnızca son değişiklikleri taşıyor. Katılmak için bir iş arkadaşınızdan tüm çalışma alanının eşitleme dosyasını isteyin. Hiçbir şey değiştirilmedi.", "This file holds only recent changes. To join, ask a colleague for a sync file of the whole workspace. Nothing was changed.";
    ErrNewerFile => "Bu dosya Rapport'un daha yeni bir sürümüyle yapılmış. Sayfayı yenileyip tekrar deneyin.", "This file was made by a newer version of Rapport. Reload the page to update, then try again.";
    ErrFileTooLarge => "Dosya çok büyük (64 MB'tan fazla).", "The file is too large (more than 64 MB).";
    ErrPassphraseNeeded => "Bu dosya parolayla korunuyor.", "This file is protected by a passphrase.";
    ErrWrongPassphrase => "Parola yanlış. Hiçbir şey değiştirilmedi.", "The passphrase is wrong. Nothing was changed.";
    ErrOtherWorkspace => "Bu dosya başka bir çalışma alanına ait; içeri alınmadı. İki çalışma alanı karıştırılmaz.", "This file belongs to another workspace and was not imported: two workspaces are never mixed.";
    ErrDownload => "Tarayıcı dosyayı kaydedemedi.", "The browser could not save the file.";
    Conflicts => "Aynı anda yapılan değişiklikler", "Changes made at the same time";
    ConflictIntro => "İki ekip arkadaşınız bu alanları aynı anda değiştirdi. Şimdilik işaretli değer gösteriliyor; hangisinin kalacağını seçin.", "Two colleagues changed these fields at the same time. The marked value is shown for now; choose which one to keep.";
    ShownNow => "şu an gösterilen", "shown now";
    Keep => "Bunu tut", "Keep this";
    KeepValue => "Tut", "Keep";
    SetBy => "değiştiren:", "set by";
    History => "Değişiklik geçmişi", "History";
    HistoryCreated => "müşteriyi ekledi", "added the customer";
    HistoryUpdated => "değiştirdi:", "changed";
    HistoryResolved => "çakışmayı çözdü:", "settled";
    HistoryArchived => "arşivledi", "archived the customer";
    HistoryRestored => "arşivden çıkardı", "restored the customer";
    HistoryImported => "bir dosyadan içe aktardı", "imported the customer from a file";
    HistoryImportUndone => "içe aktarmayı geri aldı", "undid the import";
    HistoryMerged => "kaydı «{name}» ile birleştirdi", "merged the record with “{name}”";
    // Import and export page.
    DataNav => "İçe/dışa aktar", "Import & export";
    DataTitle => "İçe ve dışa aktar", "Import and export";
    ImportCustomers => "Müşterileri içe aktar", "Import customers";
    ImportIntro => "Bir CSV dosyası (Excel, Google Kişiler, HubSpot) ya da vCard dosyası (.vcf, telefon rehberi) seçin. Zaten kayıtlı müşteriler (aynı e-posta, telefon ya da ad ve şirket) yeniden eklenmez; tüm içe aktarma tek adımda geri alınabilir.", "Choose a CSV file (Excel, Google Contacts, HubSpot) or a vCard file (.vcf, a phone's contacts). Customers already here (same e-mail, phone, or name and company) are not added again; the whole import can be undone in one step.";
    ChooseImportFile => "Dosya seçin (CSV ya da vCard)", "Choose a file (CSV or vCard)";
    MappingHeading => "Sütunları alanlarla eşleyin", "Match the columns to fields";
    MappingAbout => "{file}: {rows} satır, {encoding}, ayraç «{separator}». Her sütunun hangi alana gideceğini seçin; aşağıda ilk satırlar içe aktarılacakları hâliyle görünür.", "{file}: {rows} rows, {encoding}, separated by “{separator}”. Choose the field each column goes to; the first rows are shown below as they will be imported.";
    MappingCaption => "Dosyanın sütunları", "The file's columns";
    MappingColumn => "Sütun", "Column";
    MappingField => "Gideceği alan", "Goes to";
    MappingExample => "Örnek", "Example";
    PreviewCaption => "İlk {n} satır, içe aktarılacakları hâliyle", "The first {n} rows, as they will be imported";
    PreviewLine => "Satır", "Line";
    PreviewEmptyRow => "boş: atlanacak", "empty: will be passed over";
    TargetIgnore => "İçe aktarma", "Don't import";
    TargetFullName => "Ad soyad", "Full name";
    TargetFirstName => "Ad", "First name";
    TargetLastName => "Soyad", "Last name";
    TargetEmail => "E-posta", "E-mail";
    TargetPhone => "Telefon", "Phone";
    TabCharacter => "sekme", "tab";
    StartImport => "İçe aktar", "Import";
    StopImport => "Durdur", "Stop";
    ImportStarting => "Başlıyor…", "Starting…";
    ImportChecking => "Satırlar denetleniyor: {done} / {total}", "Checking rows: {done} of {total}";
    ImportWriting => "Müşteriler ekleniyor: {done} / {total}", "Adding customers: {done} of {total}";
    ImportAddedOne => "1 müşteri eklendi", "1 customer added";
    ImportAddedMany => "{n} müşteri eklendi", "{n} customers added";
    ImportPlusCompanyOne => "; çalıştığı 1 yeni şirket de eklendi.", ", plus 1 new company they work for.";
    ImportPlusCompanies => "; çalıştıkları {n} yeni şirket de eklendi.", ", plus {n} new companies they work for.";
    ImportNothingNew => "Yeni müşteri yok: dosyadakilerin hepsi zaten burada.", "No new customers: everyone in the file is already here.";
    ImportStopped => "İçe aktarma durduruldu: {added} müşteri eklendi, kalanlar eklenmedi.", "Import stopped: {added} customers were added, the rest were not.";
    ImportStoppedNothing => "İçe aktarma durduruldu; hiçbir şey eklenmedi.", "Import stopped; nothing was added.";
    ImportAlreadyHere => "{n} kayıt zaten vardı, eklenmedi", "{n} records were already here and were not added";
    ImportSkipped => "{n} kayıt atlandı", "{n} records were skipped";
    ImportAlreadyHereOne => "1 kayıt zaten vardı, eklenmedi", "1 record was already here and was not added";
    ImportSkippedOne => "1 kayıt atlandı", "1 record was skipped";
    ImportSameEmail => "aynı e-posta", "same e-mail";
    ImportSamePhone => "aynı telefon numarası", "same phone number";
    ImportSameName => "aynı ad ve şirket", "same name and company";
    LineNumber => "{n}. satır", "line {n}";
    CardNumber => "{n}. kart", "card {n}";
    SkipNoName => "ad da şirket de yok", "neither a name nor a company";
    SkipUnknownStage => "bilinmeyen aşama «{value}»", "unknown stage “{value}”";
    SkipUnknownKind => "bilinmeyen tür «{value}» (kişi ya da şirket olmalı)", "unknown kind “{value}” (must be person or company)";
    UndoImport => "Bu içe aktarmayı geri al", "Undo this import";
    ImportUndoneNote => "İçe aktarma geri alındı: eklenen müşteriler kaldırıldı.", "The import was undone: the customers it added were removed.";
    ErrImportEmpty => "Dosya boş.", "The file is empty.";
    ErrImportNotText => "Bu bir metin dosyası değil: CSV ya da vCard bekleniyordu.", "This is not a text file: a CSV or vCard file was expected.";
    ErrImportTooLarge => "Dosya çok büyük (en fazla {mb} MB).", "The file is too large ({mb} MB at most).";
    ErrImportNoColumns => "Dosyada sütun adlarını veren bir başlık satırı yok.", "The file has no header row naming its columns.";
    ErrImportMalformed => "Dosya {line}. satırdan itibaren okunamıyor: bir tırnak hiç kapanmıyor.", "The file cannot be read from line {line} on: a quote is never closed.";
    ErrImportTooManyRows => "Dosyada {limit} satırdan fazlası var; bölüp parça parça içe aktarın.", "The file has more than {limit} rows; split it and import the parts.";
    ErrImportNoNameColumn => "En az bir sütunu ad soyad, ad, soyad ya da şirket alanına eşleyin.", "Match at least one column to full name, first name, last name or company.";
    ErrVcardNone => "Dosyada hiç vCard yok.", "The file holds no vCard.";
    ErrVcardUnterminated => "{card}. kart bitmiyor (END:VCARD yok): dosya yarıda kesilmiş olabilir. Hiçbir şey içe aktarılmadı.", "Card {card} never ends (no END:VCARD): the file may be cut short. Nothing was imported.";
    ExportHeading => "Dışa aktar", "Export";
    ExportIntro => "Excel için CSV (Türkçe harfler doğru açılır; = + - @ ile başlayan hücreler formül olarak çalışmasın diye başına ' eklenir), başka programlar için JSON, telefonlar için vCard.", "CSV for spreadsheets (Turkish letters open correctly; cells starting with = + - @ get a leading ' so they never run as formulas), JSON for other programs, vCard for phones.";
    ExportSemicolon => "CSV'de noktalı virgül kullan (Türkçe Excel)", "Use semicolons in CSV (Excel in Turkish)";
    ExportCustomersCsv => "Müşteriler (CSV)", "Customers (CSV)";
    ExportInteractionsCsv => "Etkileşimler (CSV)", "Interactions (CSV)";
    ExportJson => "Her şey (JSON)", "Everything (JSON)";
    ExportVcard => "Tüm müşteriler (vCard)", "All customers (vCard)";
    ExportDownloaded => "{file} indirildi.", "{file} downloaded.";
    BackupHeading => "Yedek", "Backup";
    RestoreHint => "Bir yedeği geri yüklemek için onu eşitleme dosyası olarak açın: boş bir uygulamaya her şeyi geri getirir, dolu bir çalışma alanıyla birleşir ve hiçbir şeyi silmez.", "To restore a backup, open it as a sync file: in an empty app it brings everything back; in a workspace with data it merges and deletes nothing.";
    RestoreLink => "Eşitleme dosyaları sayfasına git", "Go to the Sync files page";
    Duplicates => "Yinelenen kayıtlar", "Duplicates";
    DuplicatesIntro => "Aynı müşteri gibi görünen kayıt çiftleri: aynı e-posta, aynı telefon numarası ya da aynı ad ve şirket; en güçlü benzerlik en üstte. Karşılaştırın; aynı kişiyse birleştirin, tüm geçmişi tek kayıtta toplanır.", "Pairs of records that look like one customer: the same e-mail, the same phone number, or the same name and company; the strongest first. Compare them; if they are one, merge them and the whole history ends up on one record.";
    NoDuplicates => "Yinelenen kayıt görünmüyor.", "No likely duplicates.";
    LikelyPairs => "{count} olası çift", "{count} likely pairs";
    OneLikelyPair => "1 olası çift", "1 likely pair";
    Stays => "kalır", "stays";
    MergedAway => "diğerine katılır", "merged into the other";
    ReasonEmail => "aynı e-posta", "same e-mail";
    ReasonPhone => "aynı telefon numarası", "same phone number";
    ReasonNameAndCompany => "aynı ad ve şirket", "same name and company";
    CompareAndMerge => "Karşılaştır ve birleştir", "Compare and merge";
    CompareIntro => "İki kayıt yan yana. Farklı olan her alan için kalacak değeri seçin; e-postalar, telefonlar, etiketler ve notlarda ikisi birden kalabilir. Diğer kaydın tüm etkileşimleri, satışları ve sözleri kalan kayda taşınır; ekip arkadaşlarınız bu değişikliği eşitleme dosyasıyla alır.", "The two records side by side. For each field that differs, choose the value to keep; e-mails, phones, tags and notes can keep both. Every interaction, deal and commitment of the other record moves to the one kept; colleagues get the change with your next sync file.";
    KeepWhichRecord => "Hangi kayıt kalsın?", "Which record stays?";
    KeepRecordHint => "Kalan kaydın adresi ve geçmişi korunur; diğeri ona birleştirilir.", "The record kept keeps its address and history; the other is merged into it.";
    RecordAdded => "{date} tarihinde eklendi", "added {date}";
    InteractionCount => "{count} etkileşim", "{count} interactions";
    OneInteraction => "1 etkileşim", "1 interaction";
    FieldColumn => "Alan", "Field";
    FirstRecord => "1. kayıt", "Record 1";
    SecondRecord => "2. kayıt", "Record 2";
    KeepBoth => "İkisi de", "Both";
    EmptyValue => "(boş)", "(empty)";
    MovesToKept => "Hepsi kalan kayda taşınır.", "All of them move to the record kept.";
    Merge => "Birleştir", "Merge";
    MergeDone => "«{other}» bu kayıtla birleştirildi: etkileşimleri, satışları ve sözleri artık burada.", "“{other}” was merged into this record: its interactions, deals and commitments are here now.";
    MergeFailedGone => "Birleştirilemedi: kayıtlardan biri artık yok ya da zaten birleştirildi. Hiçbir şey değiştirilmedi.", "Not merged: one of the records is gone or was merged already. Nothing was changed.";
    MergeFailed => "Birleştirilemedi, hiçbir şey değiştirilmedi:", "Not merged, nothing was changed:";
    MergeFailedOther => "Birleştirilemedi, hiçbir şey değiştirilmedi. Sayfayı yenileyip yeniden deneyin.", "Not merged, nothing was changed. Reload the page and try again.";
    PairGone => "Bu çift artık yok: kayıtlardan biri arşivlendi ya da birleştirildi.", "This pair is no longer there: one of the records was archived or merged.";
    BackToDuplicates => "Yinelenen kayıtlara dön", "Back to duplicates";
    MergedInto => "Bu kayıt {name} kaydıyla birleştirildi.", "This record was merged into {name}.";
    HistoryLogged => "etkileşim kaydetti", "logged an interaction";
    HistoryEdited => "bir etkileşimi düzenledi", "edited an interaction";
    HistoryRemoved => "bir etkileşimi sildi", "removed an interaction";
    Someone => "Biri", "Someone";
    Board => "Pano", "Board";
    BoardIntro => "Her sütun bir aşama. Bir müşteriyi başka bir sütuna sürükleyin ya da kartındaki seçimle taşıyın.", "Each column is a stage. Drag a customer to another column, or move them with the choice on their card.";
    MoveTo => "Şuraya taşı:", "Move to a stage:";
    MoveToChoice => "Taşı…", "Move to…";
    Move => "Taşı", "Move";
    MovedTo => "{name}, {stage} aşamasına taşındı.", "{name} moved to {stage}.";
    MoveCancelled => "Taşıma iptal edildi; müşteri yerinde kaldı.", "Move cancelled; the customer stayed where they were.";
    ShownOf => "{total} müşteriden {shown} tanesi gösteriliyor", "{shown} of {total} shown";
    NeverContacted => "Hiç görüşülmedi", "Never contacted";
    ContactedToday => "Bugün görüşüldü", "Contacted today";
    OneDaySinceContact => "1 gündür görüşülmedi", "1 day since last contact";
    DaysSinceContact => "{days} gündür görüşülmedi", "{days} days since last contact";
    DissolutionTitle => "İlişki neden bitti?", "Why did the relationship end?";
    DissolutionQuestion => "{name} dağılma aşamasına taşınacak. Bir neden seçin; vazgeçerseniz yerinde kalır.", "{name} will move to dissolution. Choose a reason; if you cancel, they stay where they are.";
    MoveToDissolution => "Dağılmaya taşı", "Move to dissolution";
    StageHistory => "Aşama geçmişi", "Stage history";
    StartedIn => "şu aşamada başladı:", "started in";
    Today => "Bugün", "Today";
    TodayIntro => "Açık sözler ve görevler: günü geçenler, bugün yapılacaklar ve yaklaşanlar. Yapıldıysa tutuldu, yapılmadıysa tutulmadı olarak işaretleyin.", "Open promises and tasks: overdue, due today and coming up. Mark each kept when done, broken when not.";
    Whose => "Kimin", "Whose";
    Everyone => "Herkesin", "Everyone's";
    Overdue => "Günü geçenler", "Overdue";
    DueToday => "Bugün", "Due today";
    Upcoming => "Yaklaşanlar", "Upcoming";
    NothingHere => "Burada bir şey yok.", "Nothing here.";
    OverdueBy => "{days} gün gecikti", "{days} days overdue";
    MarkKept => "Tutuldu", "Mark kept";
    MarkBroken => "Tutulmadı", "Mark broken";
    Reopen => "Yeniden aç", "Reopen";
    Commitments => "Sözler ve görevler", "Commitments";
    NoCommitments => "Henüz söz ya da görev yok.", "No commitments yet.";
    AddCommitment => "Söz ya da görev ekle", "Add a commitment";
    WhoDoesIt => "Kim yapacak", "Who does it";
    PromiseOrTask => "Söz mü, görev mi", "Promise or task";
    PromiseRecordNone => "Bu müşteriye henüz söz verilmedi.", "No promise made to this customer yet.";
    PromiseRecordOpen => "Henüz sonuçlanan söz yok; {open} söz açık.", "No promise settled yet; {open} open.";
    PromiseRecord => "Sonuçlanan {settled} sözden {kept} tanesi tutuldu (%{percent}); {broken} tutulmadı, {open} açık.", "Kept {kept} of {settled} settled promises ({percent}%); {broken} broken, {open} open.";
    PromiseRecordOverdue => "Açık sözlerden {overdue} tanesinin günü geçti.", "{overdue} of the open ones are overdue.";
    PromiseRecordNote => "Kendimize görevler sayılmaz: müşteri onları görmez.", "Tasks for ourselves are not counted: the customer never saw them.";
    Health => "İlişki sağlığı", "Relationship health";
    AtRisk => "Risk altındakiler", "At risk";
    AtRiskIntro => "Sessizleşen ya da görüşüldüğü hâlde uzun süredir geri bildirim vermeyen müşteriler; en çok geciken en üstte.", "Customers gone silent, or in touch but saying nothing about how things go; the most overdue first.";
    HowWorkedOut => "Nasıl hesaplanıyor?", "How is this worked out?";
    HealthRules => "Her müşterinin olağan sıklığı, görüşülen günler arasındaki aralıkların ortancasıdır (en az {contact_days} görüşme günü gerekir). Bu sıklığın {factor} katı kadar (en az {min} gün; sıklık yoksa {default} gün) görüşülmeyen müşteri sessiz sayılır. Görüşmeye devam edip {feedback} günden uzun süredir geri bildirim ya da şikayet vermeyen müşteri de risk altındadır: müşterinin şikayet etmeyi bırakması bozulmanın en kesin işaretidir.", "A customer's usual rhythm is the middle one of the gaps between the days you were in touch (it needs at least {contact_days} contact days). A customer counts as silent after {factor} times that rhythm without contact (at least {min} days; {default} days without a rhythm). A customer still in touch but with no feedback or complaint for more than {feedback} days is at risk too: a customer who stops complaining is the surest sign of decline.";
    HealthRhythm => "Genellikle {rhythm} günde bir görüşülüyor; son görüşmeden bu yana {since} gün geçti.", "Usually in touch every {rhythm} days; {since} days since the last contact.";
    HealthNoRhythm => "Olağan bir sıklık için görüşme günü az ({days}); son görüşmeden bu yana {since} gün geçti.", "Too few contact days for a usual rhythm ({days}); {since} days since the last contact.";
    HealthNever => "Hiç görüşülmedi; {since} gün önce eklendi.", "Never contacted; added {since} days ago.";
    HealthSilent => "Sessiz: {threshold} günlük uyarı çizgisini {overdue} gün geçti.", "Silent: {overdue} days past the {threshold}-day warning line.";
    HealthLine => "{threshold} gün görüşülmezse sessiz sayılır.", "Counts as silent after {threshold} days without contact.";
    HealthNoFeedback => "Görüşülüyor ama {days} gündür geri bildirim ya da şikayet yok (o zamandan beri {contacts} görüşme).", "In touch, but no feedback or complaint for {days} days ({contacts} contacts since).";
    HealthNeverFeedback => "Görüşülüyor ama hiç geri bildirim ya da şikayet yok ({contacts} görüşme).", "In touch, but never any feedback or complaint ({contacts} contacts).";
    HealthGood => "Sağlıklı.", "Healthy.";
    Deals => "Satışlar", "Deals";
    NoDeals => "Henüz satış yok.", "No deals yet.";
    AddDeal => "Satış ekle", "Add a deal";
    DealStage => "Durum", "Deal stage";
    CurrencyHint => "TRY, EUR, USD gibi üç harf", "Three letters, such as TRY, EUR, USD";
    MarkOrdered => "Sipariş alındı", "Ordered";
    MarkWon => "Kazanıldı", "Won";
    MarkLost => "Kaybedildi", "Lost";
    ConfirmLost => "Kaybedildi olarak kaydet", "Record as lost";
    ClosedOn => "Kapanış", "Closed";
    NoRevenue => "Henüz kazanılan satış yok: gelir yok.", "No deal won yet: no revenue.";
    RevenueLine => "Kazanılan satışlardan gelir: {amounts} ({won} satış).", "Revenue from won deals: {amounts} ({won} won).";
    OpenLine => "Açık: {amounts} ({count} satış).", "Open: {amounts} ({count} deals).";
    RevenueNote => "Gelir, kazanılan satışların toplamıdır; farklı para birimleri birbirine eklenmez.", "Revenue is the sum of won deals; different currencies are never added together.";
    ValueAndSatisfaction => "Değer ve memnuniyet", "Value and satisfaction";
    Segment => "Segment", "Segment";
    AllSegments => "Tüm segmentler", "All segments";
    SegmentsExplained => "Segmentler kazanılan satışlardan çıkar: son satışın ne kadar yakın olduğu, kaç satış yapıldığı ve ne kadar gelir getirdiği (RFM), diğer müşterilerle karşılaştırılarak. Satış kazanılmamış müşterilerin segmenti yoktur.", "Segments come from won deals: how recently, how often and how much the customer bought (RFM), compared with the other paying customers. Customers with no won deal have no segment.";
    NoSegment => "Segment yok: segment için en az bir kazanılan satış gerekir.", "No segment: a segment needs at least one won deal.";
    SegmentLine => "Segment: {segment}. Son kazanılan satış {days} gün önce, {deals} kazanılan satış, {money}; {among} müşteri arasında yakınlık {r}, sıklık {f}, tutar {m} puan (5 en iyisi).", "Segment: {segment}. Last deal won {days} days ago, {deals} won deals, {money}; scored {r} for recency, {f} for frequency, {m} for money among {among} paying customers (5 is best).";
    NoRatings => "Henüz memnuniyet puanı yok.", "No satisfaction ratings yet.";
    RatingsNoTrend => "{count} puanın ortalaması {average}; eğilim için 3'ten fazla puan gerekir.", "{count} ratings average {average}; a trend needs more than 3.";
    RatingsRising => "Memnuniyet artıyor: son {recent_n} puanın ortalaması {recent}, önceki {previous_n} puanın ortalaması {previous}.", "Satisfaction is rising: the last {recent_n} ratings average {recent}, up from {previous} for the {previous_n} before.";
    RatingsFalling => "Memnuniyet düşüyor: son {recent_n} puanın ortalaması {recent}, önceki {previous_n} puanın ortalaması {previous}.", "Satisfaction is falling: the last {recent_n} ratings average {recent}, down from {previous} for the {previous_n} before.";
    RatingsSteady => "Memnuniyet sabit: son {recent_n} puanın ortalaması {recent}, önceki {previous_n} puanın ortalaması {previous}.", "Satisfaction is steady: the last {recent_n} ratings average {recent}, against {previous} for the {previous_n} before.";
    Dashboard => "Gösterge paneli", "Dashboard";
    ShowAsTable => "Tablo olarak göster", "Show as a table";
    CustomersPerStage => "Aşamalara göre müşteriler", "Customers per stage";
    FunnelExplained => "Arşivlenmemiş {total} müşterinin her biri, ilişkinin bugün bulunduğu aşamada sayılır.", "Each of the {total} customers not archived is counted in the stage their relationship is in today.";
    InteractionsPerWeek => "Haftalık etkileşimler", "Interactions per week";
    WeeklyExplained => "Son {weeks} haftada kanala göre kaydedilen etkileşimler (toplam {total}); son hafta bugünle biter.", "Interactions logged in each of the last {weeks} weeks, by channel ({total} in all); the last week ends today.";
    WeekOf => "Hafta başı", "Week of";
    Total => "Toplam", "Total";
    SatisfactionPerWeek => "Haftalık memnuniyet", "Satisfaction per week";
    SatisfactionExplained => "Her hafta etkileşimlere verilen memnuniyet puanlarının ortalaması (1 hiç memnun değil, 5 çok memnun); bu haftalarda {ratings} puan var, puansız haftalar boş kalır.", "The average of the satisfaction ratings noted on interactions each week (1 very unhappy, 5 very happy); {ratings} ratings in these weeks, weeks without any are left out.";
    Ratings => "Puan sayısı", "Ratings";
    Average => "Ortalama", "Average";
    FollowUpsDue => "Bekleyen sözler ve görevler", "Follow-ups due";
    FollowUpsExplained => "Herkesin açık sözleri ve görevleri, son tarihine göre: günü geçmiş, bugün, daha sonra.", "Everyone's open promises and tasks by due day: past, today, later.";
    OpenToday => "Bugün sayfasını aç", "Open the Today page";
    AtRiskExplained => "{count} müşteri sessizleşti ya da uzun süredir geri bildirim vermiyor; en çok geciken beşi tabloda, nedenleriyle.", "{count} customers have gone silent or stopped giving feedback; the five most overdue are in the table, with the reason.";
    Why => "Neden", "Why";
    TopCustomers => "Gelire göre en iyi müşteriler", "Top customers by revenue";
    Revenue => "Gelir", "Revenue";
    ShareOfRevenue => "Toplamdaki payı", "Share of total";
    NoRevenueYet => "Henüz kazanılan satış yok: TRY cinsinden gelir 0.", "No deal won yet: no revenue in TRY.";
    ParetoExplained => "{all} müşterinin {top} tanesi (%{percent}) gelirin en az %{target}'ini getiriyor: {total} içinden {top_revenue}. Gelir kazanılan satışlardır, yalnızca TRY.", "{top} of {all} customers ({percent}%) bring at least {target}% of revenue: {top_revenue} of {total}. Revenue is won deals, in TRY only.";
    NewVersionReady => "Rapport'un yeni bir sürümü hazır.", "A new version of Rapport is ready.";
    ReloadNewVersion => "Yenile", "Reload";
    EngineFailed => "Rapport başlatılamadı: tarayıcı, verileri tutan parçasını (bir Web Worker) çalıştırmadı. Kayıtlı verileriniz olduğu gibi duruyor. Sayfayı yenileyin; yine olmazsa tarayıcının güncel olduğundan ve bu sitenin betiklerinin engellenmediğinden emin olun.", "Rapport could not start: the browser did not run the part that keeps your data (a Web Worker). What is stored is as it was. Reload the page; if that does not help, make sure the browser is up to date and this site's scripts are not blocked.";
    EngineOutdated => "Rapport bu arada güncellendi ve sayfanın bu kopyası yeni sürümle konuşamıyor. Verileriniz güvende: sayfayı yenileyin.", "Rapport was updated meanwhile, and this copy of the page cannot talk to the new version. Your data is safe: reload the page.";
    LiveSyncTitle => "Canlı eşitleme (sunucu)", "Live sync (server)";
    LiveSyncIntro => "Ekipler için: değişiklikleriniz yapar yapmaz ortak bir automerge-repo eşitleme sunucusuna gider; ona bağlı ekip arkadaşlarınız birkaç saniye içinde görür. Eşitleme dosyaları da çalışmaya devam eder. Ağ yokken uygulama çalışır, sunucuya yeniden ulaşınca eksikleri tamamlar.", "For teams: your changes go to a shared automerge-repo sync server as you make them, and colleagues connected to it see them within seconds. Sync files keep working too. Without a network the app keeps working and catches up once the server is reachable again.";
    LiveSyncOperatorWarning => "Sunucuyu işleten kişi bu çalışma alanını okuyabilir.", "The server's operator can read this workspace.";
    LiveServerUrl => "Sunucu adresi", "Server address";
    LiveServerHint => "ws:// ya da wss:// ile başlar, ör. wss://sync.example.com", "Starts with ws:// or wss://, e.g. wss://sync.example.com";
    LiveServerLocked => "Sunucuyu değiştirmek için önce canlı eşitlemeyi kapatın.", "Turn live sync off to change the server.";
    LiveServerUrlInvalid => "Adres ws:// ya da wss:// ile başlamalı.", "The address must start with ws:// or wss://.";
    LiveNoWorkspace => "Önce adınızı girip çalışma alanına katılın.", "Join the workspace with your name first.";
    LiveSwitch => "Bu sunucuyla canlı eşitle", "Sync live with this server";
    LiveStateOff => "Canlı eşitleme kapalı.", "Live sync is off.";
    LiveStateConnecting => "Sunucuya bağlanılıyor…", "Connecting to the server…";
    LiveStateInSync => "Bağlı: güncel.", "Connected: in sync.";
    LiveStateSyncing => "Bağlı: eşitleniyor…", "Connected: syncing…";
    LiveStateUnreachable => "Sunucuya ulaşılamıyor: {seconds} sn sonra yeniden denenecek. Çalışmaya devam edebilirsiniz; değişiklikleriniz sunucuya ulaşılınca gönderilir.", "Server unreachable: retrying in {seconds} s. You can keep working; your changes are sent once the server is reachable.";
    LiveStateRefused => "Sunucu bağlantıyı reddetti ({reason}): {seconds} sn sonra yeniden denenecek.", "The server refused the connection ({reason}): retrying in {seconds} s.";
    LiveLastInSync => "Son eşitlenme", "Last in sync";
    LiveIgnored => "Yok sayılan mesajlar", "Messages ignored";
    LiveIgnoredDetail => "{count}; çalışma alanı değişmedi. Son neden: {reason}", "{count}; the workspace was not changed. Last reason: {reason}";
    LiveDocumentUrl => "Belge adresi (automerge-repo istemcileri için)", "Document address (for automerge-repo clients)";
    LiveDocumentUrlLater => "Canlı eşitleme ilk açıldığında verilir.", "Given when live sync is first turned on.";
    LiveCopy => "Kopyala", "Copy";
    LiveCopied => "Kopyalandı.", "Copied.";
    LiveCopyFailed => "Kopyalanamadı: adresi seçip kendiniz kopyalayın.", "Could not copy: select the address and copy it yourself.";
    LiveJoinHelp => "Bir ekip arkadaşı, canlı eşitleme açıldıktan sonra yapılmış bir eşitleme dosyasıyla katılır (dosya bu adresi taşır), sonra aynı sunucuyla canlı eşitlemeyi açar.", "A colleague joins with a sync file made after live sync was turned on (the file carries this address), then turns live sync on with the same server.";
    LiveIndicatorConnected => "Canlı: bağlı", "Live: connected";
    LiveIndicatorConnecting => "Canlı: bağlanıyor", "Live: connecting";
    LiveIndicatorOffline => "Canlı: bağlantı yok", "Live: offline";
    CommandPalette => "Komut paleti", "Command palette";
    PalettePrompt => "Bir müşteri adı ya da komut yazın", "Type a customer's name or a command";
    PaletteCustomer => "Müşteri", "Customer";
    PaletteCommand => "Komut", "Command";
    PaletteNothing => "Eşleşen müşteri ya da komut yok.", "No customer or command matches.";
    KeyboardShortcuts => "Klavye kısayolları", "Keyboard shortcuts";
    ShortcutKeys => "Tuşlar", "Keys";
    ShortcutAction => "Ne yapar", "What it does";
    ShortcutPalette => "Komut paleti: bir müşteriye ya da sayfaya git, bir komut çalıştır", "Command palette: go to a customer or a page, run a command";
    ShortcutHelp => "Bu listeyi göster", "Show this list";
    ShortcutSearch => "Müşterilerde ara", "Search the customers";
    ShortcutNewCustomer => "Yeni müşteri", "New customer";
    ShortcutLog => "Etkileşim kaydet (müşteri sayfasında)", "Log an interaction (on a customer's page)";
    ShortcutGoCustomers => "Müşterilere git", "Go to the customers";
    ShortcutGoToday => "Bugün'e git", "Go to Today";
    ShortcutGoBoard => "Panoya git", "Go to the board";
    ShortcutGoDashboard => "Gösterge paneline git", "Go to the dashboard";
    ShortcutGoSync => "Eşitleme dosyalarına git", "Go to sync files";
    ShortcutsNotInFields => "Tek tuşlu kısayollar bir alana yazarken çalışmaz; Ctrl K her yerde çalışır.", "Single-key shortcuts do not work while you type in a field; Ctrl K works everywhere.";
    Close => "Kapat", "Close";
    Undo => "Geri al", "Undo";
    UndoCreated => "Müşteri eklendi.", "Customer added.";
    UndoEdited => "Müşteri değiştirildi.", "Customer changed.";
    UndoArchived => "Müşteri arşivlendi.", "Customer archived.";
    UndoChangedMany => "Seçilen müşteriler değiştirildi.", "The chosen customers were changed.";
    UndoRestored => "Müşteri arşivden çıkarıldı.", "Customer restored.";
    UndoLogged => "Etkileşim kaydedildi.", "Interaction logged.";
    Undone => "Geri alındı: {what}", "Undone: {what}";
    UndoFailed => "Geri alınamadı: kayıt artık yok.", "Could not undo: the record is gone.";
    TrySample => "Örnek çalışma alanıyla dene", "Try it with a sample workspace";
    TrySampleHint => "Sadece bakıyor musunuz? Örnek, iki yıllık geçmişi olan 60 müşteri getirir; istediğiniz zaman boş bir çalışma alanıyla başlayabilirsiniz.", "Just looking? The sample brings 60 customers with two years of history; you can start with an empty workspace any time.";
    SamplePreparing => "Örnek hazırlanıyor…", "Preparing the sample…";
    SampleTitle => "Örnek çalışma alanı", "Sample workspace";
    SampleNotice => "Rapport'u örnek bir çalışma alanıyla deniyorsunuz: müşteriler ve ekip arkadaşları uydurmadır. Eşitleme dosyası göndermeyin.", "You are trying Rapport with a sample workspace: its customers and colleagues are made up. Do not send sync files from it.";
    SampleLeave => "Boş bir çalışma alanıyla başla", "Start with an empty workspace";
    SampleConfirm => "Örnek kenara ayrılır (silinmez) ve boş bir çalışma alanıyla yeniden başlarsınız. Devam edilsin mi?", "The sample is set aside (not deleted) and you start again with an empty workspace. Go on?";
    SampleStartEmpty => "Evet, boş başla", "Yes, start empty";
    SampleKeep => "Örnekte kal", "Keep the sample";
    SampleLeaveFailed => "Örnek kenara ayrılamadı: tarayıcı depolamaya izin vermiyor.", "The sample could not be set aside: the browser refuses storage.";
    SyncHelpLink => "Bir eşitleme dosyası nasıl gönderilir?", "How do I send a sync file?";
    SyncHelpTitle => "Bir ekip arkadaşına eşitleme dosyası göndermek", "Sending a sync file to a colleague";
    SyncHelpIntro => "Rapport sunucusuz çalışır: herkesin verisi kendi tarayıcısındadır. Ekip arkadaşlarınızla aynı müşterileri görmek için birbirinize eşitleme dosyası gönderirsiniz; dosyalar birleşir, kimsenin işi kaybolmaz.", "Rapport works with no server: everyone's data is in their own browser. To see the same customers as your colleagues, you send each other sync files; the files merge and nobody's work is lost.";
    SyncHelpStep1 => "Eşitleme dosyaları sayfasında, “Değişikliklerinizi gönderin” bölümünde dosyanın kimin için olduğunu seçin: bir ekip arkadaşı (yalnızca onda olmayanlar) ya da herkes (tüm çalışma alanı).", "On the Sync files page, under “Send your changes”, choose whom the file is for: a colleague (only what they lack) or anyone (the whole workspace).";
    SyncHelpStep2 => "İsterseniz bir parola girin: dosya şifrelenir; parolayı ekip arkadaşınıza başka bir yoldan (telefonla) söyleyin.", "If you like, enter a passphrase: the file is encrypted; tell your colleague the passphrase another way (by phone).";
    SyncHelpStep3 => "Dosyayı kaydedin ve istediğiniz yoldan gönderin: e-posta eki, USB bellek ya da ortak bir klasör.", "Save the file and send it any way you like: an e-mail attachment, a USB stick or a shared folder.";
    SyncHelpStep4 => "Ekip arkadaşınız Rapport'u açar, Eşitleme dosyaları sayfasında “Bir ekip arkadaşının değişikliklerini alın” bölümünde dosyayı seçer (ya da sayfaya sürükler), ne getireceğini görür ve uygular.", "Your colleague opens Rapport, picks the file under “Receive a colleague's changes” on the Sync files page (or drops it on the page), sees what it brings and applies it.";
    SyncHelpStep5 => "Sonra o da size bir dosya gönderir: ikiniz de aynı müşterileri, etkileşimleri ve sözleri görürsünüz.", "Then they send you a file back: you both see the same customers, interactions and commitments.";
    SyncHelpGoodToKnow => "Bilmekte yarar var", "Good to know";
    SyncHelpTip1 => "Uygulaması boş olan yeni bir ekip arkadaşı, ilk dosyanızla çalışma alanınıza katılır.", "A new colleague whose app is empty joins your workspace with your first file.";
    SyncHelpTip2 => "Aynı dosyayı iki kez uygulamak hiçbir şeyi değiştirmez; dosyalar herhangi bir sırayla gelebilir.", "Applying the same file twice changes nothing; files may arrive in any order.";
    SyncHelpTip3 => "İki kişi aynı alanı değiştirdiyse müşteri sayfası iki değeri de, kimin girdiğini de gösterir ve birini seçmenizi ister.", "When two people changed the same field, the customer page shows both values and who set each, and lets you keep one.";
    SyncHelpToSync => "Eşitleme dosyalarına git", "Go to sync files";
    Theme => "Tema", "Theme";
    ThemeSystem => "Sistemdeki gibi", "As the system";
    ThemeLight => "Açık", "Light";
    ThemeDark => "Koyu", "Dark";
    PeerSyncTitle => "Doğrudan bağlantı (sunucusuz)", "Direct connection (no server)";
    PeerSyncIntro => "İki tarayıcıyı doğrudan bağlayın: değişiklikler yapılır yapılmaz, hiçbir sunucudan geçmeden ekip arkadaşınızın tarayıcısına gider. Biriniz bir davet oluşturur, diğeri onu yapıştırır (ya da QR kodunu okutur) ve bir yanıt döndürür.", "Connect two browsers directly: changes go to your colleague's browser as you make them, through no server. One of you creates an invitation, the other pastes it (or scans its QR code) and sends back an answer.";
    PeerStun => "STUN sunucusu (isteğe bağlı)", "STUN server (optional)";
    PeerStunHint => "Aynı ağdaysanız boş bırakın: hiçbir sunucuya istek gitmez. Farklı ağlardaysanız ikiniz de aynı STUN sunucusunu girin, ör. stun:stun.example.com:3478", "Leave empty on the same network: no request goes to any server. On different networks, both of you enter the same STUN server, e.g. stun:stun.example.com:3478";
    PeerInviteTitle => "1. Davet edin", "1. Invite a colleague";
    PeerCreateInvitation => "Davet oluştur", "Create invitation";
    PeerPreparing => "Hazırlanıyor…", "Preparing…";
    PeerYourInvitation => "Davetiniz", "Your invitation";
    PeerInvitationHint => "Bunu ekip arkadaşınıza gönderin (mesaj, e-posta) ya da QR kodunu okutun. Bu sekmeyi yanıt gelene kadar açık tutun.", "Send this to your colleague (message, e-mail) or let them scan the QR code. Keep this tab open until the answer arrives.";
    PeerInvitationQr => "Davetin QR kodu", "QR code of the invitation";
    PeerAnswerIn => "Ekip arkadaşınızın yanıtı", "Your colleague's answer";
    PeerConnect => "Bağlan", "Connect";
    PeerAnswerTitle => "2. Bir daveti yanıtlayın", "2. Answer an invitation";
    PeerInvitationIn => "Ekip arkadaşınızın daveti", "Invitation from a colleague";
    PeerCreateAnswer => "Yanıt oluştur", "Create answer";
    PeerYourAnswer => "Yanıtınız", "Your answer";
    PeerAnswerHint => "Bunu {name} kişisine geri gönderin; yapıştırdığında bağlanırsınız.", "Send this back to {name}; you are connected once they paste it.";
    PeerAnswerQr => "Yanıtın QR kodu", "QR code of the answer";
    PeerConnectedTo => "{name} ile bağlantı kuruluyor…", "Connecting to {name}…";
    PeerListTitle => "Doğrudan bağlı ekip arkadaşları", "Colleagues connected directly";
    PeerListEmpty => "Henüz kimseyle doğrudan bağlanmadınız.", "You have not connected directly with anyone yet.";
    PeerColleague => "Ekip arkadaşı", "Colleague";
    PeerConnection => "Bağlantı", "Connection";
    PeerStateConnecting => "Bağlanıyor…", "Connecting…";
    PeerStateInSync => "Bağlı: güncel", "Connected: in sync";
    PeerStateSyncing => "Bağlı: eşitleniyor…", "Connected: syncing…";
    PeerStateFailed => "Bağlanamadı: farklı ağlardaysanız ikiniz de bir STUN sunucusu girip yeni bir davetle deneyin.", "Could not connect: on different networks, both enter a STUN server and try a new invitation.";
    PeerStateDisconnected => "Bağlı değil", "Not connected";
    PeerIgnored => "{count} mesaj yok sayıldı; çalışma alanı değişmedi", "{count} messages ignored; the workspace was not changed";
    PeerDisconnect => "Bağlantıyı kes", "Disconnect";
    PeerErrorNoIdentity => "Önce adınızı girip çalışma alanına katılın.", "Join the workspace with your name first.";
    PeerErrorNotASignal => "Bu metinde bir Rapport daveti ya da yanıtı yok.", "This text holds no Rapport invitation or answer.";
    PeerErrorDamaged => "Bu davet ya da yanıt eksik veya bozuk: tamamını yeniden kopyalayın.", "This invitation or answer is incomplete or damaged: copy all of it again.";
    PeerErrorTooLarge => "Bu metin bir davet ya da yanıt olamayacak kadar uzun.", "This text is too long to be an invitation or answer.";
    PeerErrorIsAnswer => "Bu bir yanıt, davet değil: “Ekip arkadaşınızın yanıtı” alanına yapıştırın.", "This is an answer, not an invitation: paste it in “Your colleague's answer”.";
    PeerErrorIsInvitation => "Bu bir davet, yanıt değil: “Ekip arkadaşınızın daveti” alanına yapıştırın.", "This is an invitation, not an answer: paste it in “Invitation from a colleague”.";
    PeerErrorOtherWorkspace => "Bu, başka bir çalışma alanından. Hiçbir şey değiştirilmedi.", "This comes from another workspace. Nothing was changed.";
    PeerErrorNoInvitation => "Bu sekmede yanıt bekleyen bir davet yok: önce bir davet oluşturun.", "No invitation in this tab is waiting for an answer: create an invitation first.";
    PeerErrorOwn => "Bu, bu tarayıcının kendi daveti ya da yanıtı.", "This is this browser's own invitation or answer.";
    PeerErrorBrowser => "Tarayıcı bağlantıyı kuramadı ({reason}).", "The browser could not set up the connection ({reason}).";
    Quotes => "Teklifler", "Quotes";
    NewQuote => "Yeni teklif", "New quote";
    QuoteNumber => "Teklif no", "Quote number";
    QuoteHeading => "Teklif {number}", "Quote {number}";
    NewQuoteFor => "{name} için yeni teklif", "New quote for {name}";
    QuoteStatusLabel => "Durum", "Status";
    ValidUntil => "Geçerlilik tarihi", "Valid until";
    QuoteDeal => "Fırsat", "Deal";
    QuoteNewDeal => "Yeni fırsat aç", "Open a new deal";
    QuoteLines => "Kalemler", "Lines";
    LineDescription => "Açıklama", "Description";
    LineQuantity => "Miktar", "Quantity";
    LineUnit => "Birim", "Unit";
    LineUnitPrice => "Birim fiyat (KDV hariç)", "Unit price (before KDV)";
    LineDiscount => "İndirim (%)", "Discount (%)";
    LineKdv => "KDV oranı", "KDV rate";
    LineAmount => "Tutar", "Amount";
    LineRemove => "Kalemi sil", "Remove line";
    LineAdd => "Kalem ekle", "Add line";
    LineOf => "{field}, kalem {n}", "{field}, line {n}";
    TotalGross => "Ara toplam", "Subtotal";
    TotalDiscount => "İndirim", "Discount";
    TotalNet => "KDV matrahı", "Net before KDV";
    TotalKdvRate => "KDV %{rate}", "KDV {rate} %";
    TotalKdv => "Toplam KDV", "Total KDV";
    GrandTotal => "Genel toplam", "Grand total";
    TotalsUnavailable => "Toplamlar, işaretli alanlar düzeltilince görünür.", "The totals show once the marked fields are corrected.";
    PaymentTerms => "Ödeme koşulları", "Payment terms";
    SaveQuote => "Teklifi kaydet", "Save quote";
    QuoteSaved => "Teklif kaydedildi.", "Quote saved.";
    PrintQuote => "Yazdır / PDF", "Print / PDF";
    MarkSent => "Gönderildi olarak işaretle", "Mark as sent";
    SentVia => "Nasıl gönderildi?", "How was it sent?";
    LogSending => "Gönderimi kaydet", "Log the sending";
    QuoteSentSummary => "Teklif {number} gönderildi: {total}", "Quote {number} sent: {total}";
    QuoteSentNote => "Gönderildi olarak işaretlendi ve müşterinin geçmişine yazıldı.", "Marked as sent and written in the customer's history.";
    AcceptQuote => "Kabul edildi olarak işaretle", "Mark as accepted";
    RejectQuote => "Reddedildi olarak işaretle", "Mark as rejected";
    QuoteAcceptedNote => "Kabul edildi: fırsat {total} ile kazanıldı.", "Accepted: the deal is won with {total}.";
    RemoveQuote => "Teklifi sil", "Remove the quote";
    QuoteRemoved => "Teklif silindi.", "The quote was removed.";
    QuoteNotFound => "Bu teklif yok ya da silinmiş.", "This quote does not exist or was removed.";
    QuotesEmpty => "Henüz teklif yok. Bir müşterinin sayfasından teklif yazın.", "No quotes yet. Write one from a customer's page.";
    QuotesSearch => "Teklif ara", "Search quotes";
    QuotesSearchPlaceholder => "Numara, müşteri, başlık, kalem", "Number, customer, title, line";
    QuoteStatusAll => "Tüm durumlar", "All statuses";
    QuotesShown => "{count} teklif", "{count} quotes";
    QuotesExportCsv => "Teklifler (CSV)", "Quotes (CSV)";
    QuotesOfCustomerEmpty => "Bu müşteriye henüz teklif yazılmadı.", "No quote written to this customer yet.";
    ProductsNav => "Ürünler", "Products";
    Products => "Ürünler ve hizmetler", "Products and services";
    ProductsIntro => "Teklif kalemleri bu listeden doldurulur: açıklamaya adını yazmaya başlayın.", "Quote lines are filled in from this list: start typing a name in a line's description.";
    AddProduct => "Ürün ekle", "Add product";
    SaveProduct => "Ürünü kaydet", "Save product";
    ProductArchived => "Artık sunulmuyor", "No longer offered";
    ProductsEmpty => "Henüz ürün ya da hizmet yok.", "No products or services yet.";
    ProductSaved => "{name} kaydedildi.", "{name} saved.";
    FirmDetails => "Firma bilgileri", "Your firm's details";
    FirmDetailsHint => "Tekliflerin başında yazar; tüm ekip arkadaşlarıyla paylaşılır.", "Printed at the head of quotes; shared with every colleague.";
    FirmName => "Firma adı", "Firm name";
    FirmPhone => "Telefon", "Phone";
    FirmEmail => "E-posta", "E-mail";
    SaveFirm => "Firma bilgilerini kaydet", "Save firm details";
    FirmSaved => "Firma bilgileri kaydedildi.", "Firm details saved.";
    PrintTitle => "FİYAT TEKLİFİ", "QUOTATION";
    PrintDate => "Tarih", "Date";
    PrintTo => "Sayın", "To";
    PrintBack => "Teklife dön", "Back to the quote";
    PrintNow => "Yazdır", "Print";
    PrintLineNo => "Sıra", "No.";
    PrintNoFirm => "Firma bilgileri girilmedi: Ürünler sayfasından ekleyin, tekliflerin başında yazsın.", "Your firm's details are not filled in: add them on the Products page to print them at the head of quotes.";
    EmailTemplates => "E-posta şablonları", "E-mail templates";
    EmailTemplatesHint => "Müşteri sayfasındaki e-posta düğmesi bunları sunar; {placeholder} müşterinin adıyla değişir.", "The e-mail action on a customer's page offers them; {placeholder} becomes the customer's name.";
    AddTemplate => "Şablon ekle", "Add template";
    TemplateName => "Şablonun adı", "Template name";
    TemplateSubject => "Konu", "Subject";
    TemplateBody => "Metin", "Text";
    SaveTemplate => "Şablonu kaydet", "Save template";
    TemplateSaved => "{name} şablonu kaydedildi.", "Template {name} saved.";
    ContactTemplate => "E-posta şablonu", "E-mail template";
    NoTemplate => "Şablonsuz", "No template";
    SavedViews => "Kayıtlı görünümler", "Saved views";
    NoView => "Görünüm seçin", "Pick a view";
    SaveView => "Bu görünümü kaydet…", "Save this view…";
    SaveViewNow => "Kaydet", "Save";
    RemoveView => "Görünümü sil", "Remove the view";
    ViewName => "Görünümün adı", "Name of the view";
    ViewSaved => "{name} kaydedildi: ekip arkadaşlarınız da görür.", "{name} saved: your colleagues see it too.";
    ViewNameNeeded => "Görünüme bir ad verin.", "Give the view a name.";
    InvalidNumber => "Sıfırdan büyük bir sayı olmalı:", "Must be a number above zero:";
    AmountTooLarge => "Tutar izin verilen en büyük değeri aşıyor.", "The amount is larger than allowed.";
    CustomFields => "Müşteri alanları", "Customer fields";
    CustomFieldsHint => "Her müşteride görünen kendi alanlarınız (Sektör, Müşteri temsilcisi…). Bir alanın adını değiştirmek ya da onu kaldırmak girilmiş değerleri silmez.", "Your own fields on every customer (Sector, Account manager…). Renaming or removing a field never deletes the values typed in it.";
    CustomFieldsEmpty => "Henüz alan yok.", "No fields yet.";
    AddField => "Alan ekle", "Add a field";
    EditField => "Alanı düzenle", "Edit the field";
    FieldNameLabel => "Alanın adı", "Field name";
    FieldKindLabel => "Türü", "Kind";
    FieldKindFixed => "Bir alanın türü sonradan değişmez: girilmiş değerler hep aynı okunur.", "A field's kind never changes later: values typed in it always read the same.";
    FieldOptions => "Seçenekler", "Options";
    FieldOptionsHint => "Her satıra bir seçenek.", "One option a line.";
    SaveField => "Alanı kaydet", "Save the field";
    FieldSaved => "«{name}» alanı kaydedildi; ekip arkadaşlarınız da görür.", "Field “{name}” saved; your colleagues see it too.";
    RemoveField => "Alanı kaldır", "Remove the field";
    FieldRemoved => "«{name}» alanı kaldırıldı; değerleri saklanıyor ve geri getirilebilir.", "Field “{name}” removed; its values are kept and can be brought back.";
    RemovedFields => "Kaldırılan alanlar", "Removed fields";
    RestoreField => "Geri getir", "Bring back";
    FieldRestored => "«{name}» alanı değerleriyle geri geldi.", "Field “{name}” is back with its values.";
    FieldValueCount => "{count} müşteride değeri var", "{count} customers have a value";
    FieldValueOne => "1 müşteride değeri var", "1 customer has a value";
    FieldValueNone => "Değeri olan müşteri yok", "No customer has a value";
    FieldUnknown => "Bu alan bu kopyada yok; belki henüz eşitlenmedi.", "This copy has no such field; it may not be synced yet.";
    BuiltInName => "Bu, yerleşik bir alanın adı (içe aktarma hangisini kastettiğinizi bilemez):", "A built-in field goes by this name (an import could not tell which one is meant):";
    NameTaken => "Bu adda bir alan zaten var:", "There is already a field named";
    InvalidValue => "Bu alan için geçerli bir değer değil:", "Not a valid value for this field:";
    MoreDetails => "Ek bilgiler", "More details";
    ManageFields => "Alanları düzenle", "Edit the fields";
    YesValue => "Evet", "Yes";
    NoValue => "Hayır", "No";
    NotInList => "{value} (listede yok)", "{value} (not in the list)";
    FilterField => "Alan", "Field";
    NoFieldFilter => "Alan seçin", "Any field";
    FieldValue => "Değeri", "Its value";
    AnyValue => "Her değer", "Any value";
    WithoutValue => "Değeri olmayanlar", "Without a value";
    FieldContains => "Değerinde geçen", "Its value contains";
    Consents => "İzinler (KVKK)", "Consent (KVKK)";
    ConsentsHint => "Her amaç için açık rıza ve ticari ileti izni: ne zaman, nasıl alındığı, kimin kaydettiği. Hiçbir kayıt silinmez; geri çekmek yeni bir kayıttır.", "Explicit consent and permission for commercial messages, per purpose: when, how it was obtained, who recorded it. No record is ever deleted; a withdrawal is a new one.";
    ConsentPurpose => "Amaç", "Purpose";
    ConsentStateLabel => "Durum", "State";
    ConsentNeverAsked => "Sorulmadı", "Never asked";
    ConsentGivenOn => "{date} tarihinde verildi", "Given on {date}";
    ConsentWithdrawnOn => "{date} tarihinde geri çekildi", "Withdrawn on {date}";
    ConsentHow => "Nasıl alındı", "How it was obtained";
    ConsentBy => "Kaydeden", "Recorded by";
    WithdrawConsent => "Geri çek", "Withdraw";
    RecordConsent => "İzin kaydet", "Record consent";
    ConsentPurposes => "Amaçlar", "Purposes";
    ConsentWhen => "Ne zaman", "When";
    ConsentNotice => "Gösterilen aydınlatma metni", "Information notice shown";
    NoNotice => "Metin gösterilmedi", "No notice shown";
    ConsentNote => "Not", "Note";
    SaveConsent => "Kaydet", "Save";
    ConsentRecorded => "İzin kaydedildi.", "Consent recorded.";
    ConsentWithdrawn => "{purpose} için izin geri çekildi.", "Consent for {purpose} withdrawn.";
    ConsentHistory => "İzin geçmişi ({count})", "Consent history ({count})";
    ConsentEventLine => "{date} · {purpose}: {state} · {how} · {by}", "{date} · {purpose}: {state} · {how} · {by}";
    NoConsentFor => "Pazarlama izni yok: {channels}. Yalnızca süren bir iş için iletişim kurun (KVKK, İYS).", "No marketing consent: {channels}. Contact them only about business already under way (KVKK, İYS).";
    ConsentFilter => "İzin", "Consent";
    AnyConsent => "Tüm izin durumları", "Any consent";
    ConsentGivenFilter => "{purpose}: verildi", "{purpose}: given";
    ConsentNotGivenFilter => "{purpose}: verilmedi", "{purpose}: not given";
    Notices => "Aydınlatma metni (KVKK)", "Information notice (KVKK)";
    NoticesHint => "Kişilere gösterdiğiniz metin. Bir sürüm hiç değişmez: yeni metin yeni sürümdür, böylece her izin hangi metinle alındığını gösterir.", "The text you show people. A version never changes: a new text is a new version, so every consent shows which text it was given under.";
    NoticesEmpty => "Henüz metin yok.", "No notice yet.";
    AddNotice => "Yeni sürüm ekle", "Add a version";
    NoticeTitle => "Sürümün adı", "Name of the version";
    NoticeText => "Metin", "Text";
    SaveNotice => "Sürümü kaydet", "Save the version";
    NoticeSaved => "«{title}» sürümü kaydedildi.", "Version “{title}” saved.";
    NoticeAdded => "{date} · {by}", "{date} · {by}";
    PersonDataLink => "Bu kişi hakkında tutulan tüm veriler", "All data held about this person";
    PersonDataTitle => "{name} hakkında tutulan veriler", "Data held about {name}";
    PersonDataHint => "KVKK'nın 11. maddesi uyarınca bir kişinin talebine yanıt: kaydı, izinleri, görüşmeleri, takipleri, fırsatları, teklifleri ve kimin neyi ne zaman değiştirdiği.", "The answer to a person's request under KVKK article 11: their record, consents, interactions, follow-ups, deals, quotes and who changed what and when.";
    PersonDataAsOf => "{date} itibarıyla", "As of {date}";
    PersonDataJson => "JSON olarak indir", "Download as JSON";
    PersonDataPrint => "Yazdır / PDF", "Print / PDF";
    PersonDataDownloaded => "İndirildi: {file}", "Downloaded: {file}";
    PersonDataNone => "Kayıt yok.", "None.";
    PersonDataRecord => "Kayıt", "Record";
    PersonDataInteractions => "Görüşmeler", "Interactions";
    PersonDataCommitments => "Takipler", "Follow-ups";
    PersonDataDeals => "Fırsatlar", "Deals";
    PersonDataAdded => "Eklendiği tarih", "Added on";
    BackToCustomer => "Müşteri sayfasına dön", "Back to the customer";
    DataEvents => "Veri olayları kaydı (KVKK)", "Record of data events (KVKK)";
    DataEventsHint => "Kimin, kimin verisiyle ne yaptığı ve ne zaman: izinler ve kişilerin verilerinin dışa aktarılması. Verinin kendisi burada yazılmaz.", "Who did what with whose data, and when: consents and exports of a person's data. The data itself is never written here.";
    DataEventsEmpty => "Henüz kayıt yok.", "Nothing recorded yet.";
    EventPersonExported => "{by}, {name} hakkında tutulan verileri dışa aktardı", "{by} exported the data held about {name}";
    EventConsent => "{by}, {name} için izin kaydetti: {purpose} — {state}", "{by} recorded consent for {name}: {purpose} — {state}";
}

/// The current locale, shared through context.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    /// The text of `msg` in the current locale (reactive when read inside a closure).
    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.locale.get())
    }

    pub fn get(self) -> Locale {
        self.locale.get()
    }

    /// A date and time the way the locale writes them, e.g. `22 Kas 2026 14:30`.
    pub fn date_time(self, ms: i64) -> String {
        let options = js_sys::Object::new();
        for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        js_sys::Date::new(&JsValue::from_f64(ms as f64))
            .to_locale_string(self.get().code(), &options)
            .into()
    }

    /// A date the way the locale writes it.
    pub fn date(self, ms: i64) -> String {
        js_sys::Date::new(&JsValue::from_f64(ms as f64))
            .to_locale_date_string(self.get().code(), &JsValue::UNDEFINED)
            .into()
    }

    /// The decimal mark of the locale (`,` in Turkish).
    pub fn decimal_mark(self) -> char {
        match self.get() {
            Locale::Tr => ',',
            Locale::En => '.',
        }
    }

    /// A whole number with the locale's grouping, e.g. `1.234` in Turkish.
    pub fn number(self, n: usize) -> String {
        let format = js_sys::Intl::NumberFormat::new(
            &js_sys::Array::of1(&self.get().code().into()),
            &js_sys::Object::new(),
        );
        format
            .format()
            .call1(&format, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }

    /// An amount with its currency the way the locale writes it, e.g. `₺12.500,00`.
    pub fn money(self, money: Money) -> String {
        let options = js_sys::Object::new();
        for (key, value) in [("style", "currency"), ("currency", money.currency.code())] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        let format = js_sys::Intl::NumberFormat::new(
            &js_sys::Array::of1(&self.get().code().into()),
            &options,
        );
        let value = JsValue::from_f64(money.minor as f64 / 100.0);
        format
            .format()
            .call1(&format, &value)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("{} {}", money.minor as f64 / 100.0, money.currency))
    }

    /// An average kept in tenths, with one decimal the locale's way (`4,3` in Turkish).
    pub fn tenths(self, tenths: u32) -> String {
        let options = js_sys::Object::new();
        for key in ["minimumFractionDigits", "maximumFractionDigits"] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &JsValue::from_f64(1.0));
        }
        let format = js_sys::Intl::NumberFormat::new(
            &js_sys::Array::of1(&self.get().code().into()),
            &options,
        );
        format
            .format()
            .call1(&format, &JsValue::from_f64(f64::from(tenths) / 10.0))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("{}.{}", tenths / 10, tenths % 10))
    }

    /// A day and month, short, for chart axes (`22 Kas`).
    pub fn day_month(self, ms: i64) -> String {
        let options = js_sys::Object::new();
        for (key, value) in [("day", "numeric"), ("month", "short")] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        js_sys::Date::new(&JsValue::from_f64(ms as f64))
            .to_locale_date_string(self.get().code(), &options)
            .into()
    }

    /// What is wrong with a field, in words.
    pub fn problem(self, problem: &Problem) -> String {
        let t = |m: Msg| m.text(self.get());
        match problem {
            Problem::Required => t(Msg::Required).to_owned(),
            Problem::InvalidEmail(value) => format!("{} {value}", t(Msg::InvalidEmail)),
            Problem::InvalidPhone(value) => format!("{} {value}", t(Msg::InvalidPhone)),
            Problem::OutOfRange { min, max } => format!("{} {min}–{max}", t(Msg::OutOfRange)),
            Problem::TooLong { max } => format!("{} {}", t(Msg::TooLong), self.number(*max)),
            Problem::UnknownCustomer => t(Msg::UnknownCustomer).to_owned(),
            Problem::InvalidAmount(value) => format!("{} {value}", t(Msg::InvalidAmount)),
            Problem::InvalidCurrency(value) => format!("{} {value}", t(Msg::InvalidCurrency)),
            Problem::InvalidNumber(value) => format!("{} {value}", t(Msg::InvalidNumber)),
            Problem::TooLarge => t(Msg::AmountTooLarge).to_owned(),
            Problem::BuiltInName(name) => format!("{} {name}", t(Msg::BuiltInName)),
            Problem::NameTaken(name) => format!("{} {name}", t(Msg::NameTaken)),
            Problem::InvalidValue(value) => format!("{} {value}", t(Msg::InvalidValue)),
        }
    }

    /// The label of a domain value (a stage, a channel, ...).
    pub fn label<L: Label>(self, value: L) -> &'static str {
        let (tr, en) = value.texts();
        match self.get() {
            Locale::Tr => tr,
            Locale::En => en,
        }
    }
}

/// The context's [`I18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Domain values shown to the user: (Turkish, English). Words from DOMAIN.md.
pub trait Label: Copy {
    fn texts(self) -> (&'static str, &'static str);
}

impl Label for Stage {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Stage::Exploration => ("Keşif", "Exploration"),
            Stage::Awareness => ("Farkındalık", "Awareness"),
            Stage::Expansion => ("Gelişme", "Expansion"),
            Stage::Commitment => ("Sadakat", "Commitment"),
            Stage::Dissolution => ("Dağılma", "Dissolution"),
        }
    }
}

impl Label for DissolutionReason {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            DissolutionReason::Dissatisfied => ("Memnun kalmadı", "Dissatisfied"),
            DissolutionReason::Competitor => ("Rakibe geçti", "Went to a competitor"),
            DissolutionReason::NeedsChanged => ("İhtiyaçları değişti", "Needs changed"),
            DissolutionReason::Unprofitable => {
                ("Biz bitirdik: kârsız", "We ended it: unprofitable")
            }
            DissolutionReason::Fraud => ("Biz bitirdik: dolandırıcılık", "We ended it: fraud"),
            DissolutionReason::Other => ("Diğer", "Other"),
        }
    }
}

impl Label for CommitmentKind {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            CommitmentKind::Promise => ("Müşteriye söz", "Promise to the customer"),
            CommitmentKind::Task => ("Kendimize görev", "Task for ourselves"),
        }
    }
}

impl Label for CommitmentStatus {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            CommitmentStatus::Open => ("Açık", "Open"),
            CommitmentStatus::Kept => ("Tutuldu", "Kept"),
            CommitmentStatus::Broken => ("Tutulmadı", "Broken"),
        }
    }
}

impl Label for QuoteStatus {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            QuoteStatus::Draft => ("Taslak", "Draft"),
            QuoteStatus::Sent => ("Gönderildi", "Sent"),
            QuoteStatus::Accepted => ("Kabul edildi", "Accepted"),
            QuoteStatus::Rejected => ("Reddedildi", "Rejected"),
            QuoteStatus::Expired => ("Süresi doldu", "Expired"),
        }
    }
}

impl Label for Purpose {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Purpose::MarketingPhone => ("Telefonla pazarlama", "Marketing by phone"),
            Purpose::MarketingSms => ("SMS ile pazarlama", "Marketing by SMS"),
            Purpose::MarketingEmail => ("E-postayla pazarlama", "Marketing by e-mail"),
            Purpose::MarketingWhatsApp => ("WhatsApp ile pazarlama", "Marketing on WhatsApp"),
            Purpose::PartnerSharing => ("İş ortaklarıyla paylaşım", "Sharing with partners"),
        }
    }
}

impl Label for ConsentState {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            ConsentState::Given => ("Verildi", "Given"),
            ConsentState::Withdrawn => ("Geri çekildi", "Withdrawn"),
        }
    }
}

impl Label for ConsentSource {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            ConsentSource::Form => ("Form ile", "On a form"),
            ConsentSource::Phone => ("Telefonda", "By phone"),
            ConsentSource::SignedPaper => ("Islak imzalı belge", "Signed paper"),
            ConsentSource::Email => ("E-postayla", "By e-mail"),
            ConsentSource::InPerson => ("Yüz yüze", "In person"),
            ConsentSource::Other => ("Diğer", "Other"),
        }
    }
}

impl Label for FieldKind {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            FieldKind::Text => ("Metin", "Text"),
            FieldKind::Number => ("Sayı", "Number"),
            FieldKind::Date => ("Tarih", "Date"),
            FieldKind::Choice => ("Listeden seçim", "One of a list"),
            FieldKind::YesNo => ("Evet / hayır", "Yes / no"),
        }
    }
}

impl Label for KdvRate {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            KdvRate::Zero => ("%0", "0 %"),
            KdvRate::One => ("%1", "1 %"),
            KdvRate::Ten => ("%10", "10 %"),
            KdvRate::Twenty => ("%20", "20 %"),
        }
    }
}

impl Label for DealStage {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            DealStage::Quote => ("Fiyat teklifi", "Quote"),
            DealStage::Order => ("Sipariş", "Order"),
            DealStage::Won => ("Kazanıldı", "Won"),
            DealStage::Lost => ("Kaybedildi", "Lost"),
        }
    }
}

impl Label for LostReason {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            LostReason::Price => ("Fiyat", "Price"),
            LostReason::Competitor => ("Rakip", "A competitor"),
            LostReason::NoNeed => ("İhtiyaç kalmadı", "No need"),
            LostReason::Timing => ("Zamanlama", "Timing"),
            LostReason::NoResponse => ("Yanıt yok", "No response"),
            LostReason::Other => ("Diğer", "Other"),
        }
    }
}

impl Label for Segment {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Segment::Champions => ("Şampiyonlar", "Champions"),
            Segment::Loyal => ("Sadık müşteriler", "Loyal"),
            Segment::AtRisk => ("Kaybedilmek üzere", "At risk"),
            Segment::Hibernating => ("Uykuda", "Hibernating"),
            Segment::New => ("Yeni", "New"),
        }
    }
}

impl Label for Channel {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Channel::Phone => ("Telefon", "Phone"),
            Channel::WhatsApp => ("WhatsApp", "WhatsApp"),
            Channel::Email => ("E-posta", "E-mail"),
            Channel::Meeting => ("Toplantı", "Meeting"),
            Channel::Visit => ("Ziyaret", "Visit"),
            Channel::LiveChat => ("Canlı destek", "Live chat"),
            Channel::WebForm => ("Web formu", "Web form"),
            Channel::SocialMedia => ("Sosyal medya", "Social media"),
            Channel::Other => ("Diğer", "Other"),
        }
    }
}

impl Label for InteractionKind {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            InteractionKind::Contact => ("Görüşme", "Contact"),
            InteractionKind::Purchase => ("Satın alma", "Purchase"),
            InteractionKind::Service => ("Satış sonrası hizmet", "Service"),
            InteractionKind::Feedback => ("Geri bildirim", "Feedback"),
            InteractionKind::Complaint => ("Şikayet", "Complaint"),
            InteractionKind::Note => ("Not", "Note"),
        }
    }
}

impl Label for Direction {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Direction::Incoming => ("Gelen", "Incoming"),
            Direction::Outgoing => ("Giden", "Outgoing"),
        }
    }
}

impl Label for CustomerKind {
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            CustomerKind::Person => ("Kişi", "Person"),
            CustomerKind::Company => ("Şirket", "Company"),
        }
    }
}

/// The label of a form field, for messages that name it.
pub fn field_msg(field: Field) -> Msg {
    match field {
        Field::Kind => Msg::KindLabel,
        Field::Owner => Msg::Owner,
        Field::PreferredChannel => Msg::PreferredChannel,
        Field::Name | Field::ColleagueName => Msg::Name,
        Field::Company => Msg::Company,
        Field::Emails => Msg::Emails,
        Field::Phones => Msg::Phones,
        Field::City => Msg::City,
        Field::Address => Msg::Address,
        Field::Tags => Msg::Tags,
        Field::Stage => Msg::Stage,
        Field::DissolutionReason => Msg::DissolutionReason,
        Field::Notes => Msg::Notes,
        Field::Summary => Msg::Summary,
        Field::Satisfaction => Msg::Satisfaction,
        Field::When => Msg::When,
        Field::Title => Msg::FieldTitle,
        Field::Customer => Msg::FieldCustomer,
        Field::Due => Msg::FieldDue,
        Field::Reminder => Msg::FieldReminder,
        Field::TaxNumber => Msg::TaxNumber,
        Field::TaxOffice => Msg::TaxOffice,
        Field::District => Msg::District,
        Field::Iban => Msg::Iban,
        Field::Amount => Msg::FieldAmount,
        Field::Currency => Msg::FieldCurrency,
        Field::ExpectedClose => Msg::FieldExpectedClose,
        Field::LostReason => Msg::FieldLostReason,
        Field::Unit | Field::Line(_, LinePart::Unit) => Msg::LineUnit,
        Field::UnitPrice | Field::Line(_, LinePart::UnitPrice) => Msg::LineUnitPrice,
        Field::Lines => Msg::QuoteLines,
        Field::Line(_, LinePart::Description) => Msg::LineDescription,
        Field::Line(_, LinePart::Quantity) => Msg::LineQuantity,
        Field::Line(_, LinePart::Discount) => Msg::LineDiscount,
        Field::PaymentTerms => Msg::PaymentTerms,
        Field::FieldName => Msg::FieldNameLabel,
        Field::Options => Msg::FieldOptions,
        Field::Custom => Msg::MoreDetails,
        Field::Purposes => Msg::ConsentPurposes,
    }
}
