//! E-mail templates the workspace keeps ("Teklifimiz hakkında"): a name, a subject and a
//! body, with `{name}` standing for the customer's name. A contact action's `mailto:`
//! link carries them, so the user's own mail app opens with the text written.

use super::codes::string_id;
use super::validation::{bounded, required, Field, FieldError, MAX_LINE, MAX_TEXT};

string_id! {
    /// The stable id of a template: random, so two devices never make the same one.
    pub struct TemplateId;
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct EmailTemplate {
    /// Empty for a template not yet stored.
    pub id: TemplateId,
    pub name: String,
    pub subject: String,
    pub body: String,
}

/// What stands for the customer's name in a subject or body.
pub const NAME_PLACEHOLDER: &str = "{name}";

impl EmailTemplate {
    /// Trimmed and bounded; a template needs a name to be picked by.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep =
            |r: Result<String, FieldError>| r.map_err(|e| errors.push(e)).unwrap_or_default();
        let name = keep(required(Field::Name, &self.name, MAX_LINE));
        let subject = keep(bounded(Field::Title, &self.subject, MAX_LINE));
        let body = self.body.trim_end().to_owned();
        if body.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                Field::Notes,
                super::validation::Problem::TooLong { max: MAX_TEXT },
            ));
        }
        match errors.is_empty() {
            true => Ok(Self {
                id: self.id,
                name,
                subject,
                body,
            }),
            false => Err(errors),
        }
    }

    /// The `mailto:` link to `address` with this template filled in for `customer`.
    pub fn mailto(&self, address: &str, customer: &str) -> String {
        let fill = |text: &str| text.replace(NAME_PLACEHOLDER, customer);
        mailto(address, &fill(&self.subject), &fill(&self.body))
    }
}

/// A `mailto:` link with a subject and a body (either may be empty), every character
/// outside the URL's unreserved ones percent-encoded as UTF-8 (`ş` is `%C5%9F`), line
/// breaks as CRLF as RFC 6068 asks.
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    let mut link = format!("mailto:{}", encode(address.trim()).replace("%40", "@"));
    let mut fields = Vec::new();
    if !subject.is_empty() {
        fields.push(format!("subject={}", encode(subject)));
    }
    if !body.is_empty() {
        let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
        fields.push(format!("body={}", encode(&body)));
    }
    if !fields.is_empty() {
        link.push('?');
        link.push_str(&fields.join("&"));
    }
    link
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_fills_the_name_and_encodes_turkish_letters_and_line_breaks() {
        let template = EmailTemplate {
            id: TemplateId("t".into()),
            name: "Teklif".into(),
            subject: "Teklifimiz hakkında".into(),
            body: "Sayın {name},\nteklifimiz ektedir & geçerlidir.".into(),
        };
        assert_eq!(
            template.mailto("ayse@örnek.com", "Ayşe Şen"),
            "mailto:ayse@%C3%B6rnek.com?subject=Teklifimiz%20hakk%C4%B1nda\
             &body=Say%C4%B1n%20Ay%C5%9Fe%20%C5%9Een%2C%0D%0Ateklifimiz%20ektedir%20%26%20ge%C3%A7erlidir."
        );
        assert_eq!(mailto("a@b.co", "", ""), "mailto:a@b.co");
    }

    #[test]
    fn a_template_needs_a_name_and_a_bounded_subject() {
        let nameless = EmailTemplate {
            name: " ".into(),
            ..EmailTemplate::default()
        };
        assert_eq!(nameless.validated().unwrap_err()[0].field, Field::Name);
        let long = EmailTemplate {
            name: "x".into(),
            subject: "y".repeat(MAX_LINE + 1),
            ..EmailTemplate::default()
        };
        assert_eq!(long.validated().unwrap_err()[0].field, Field::Title);
    }
}
