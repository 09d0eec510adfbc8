//! The workspace's e-mail templates, kept as plain keys of `meta`
//! (`template.<id>.name`, `.subject`, `.body`; see `meta_records.rs`).

use super::super::ids::random_id;
use super::{Result, Workspace};
use crate::domain::{EmailTemplate, TemplateId};

const KIND: &str = "template";
const PARTS: [&str; 3] = ["name", "subject", "body"];

impl Workspace {
    /// Every template, by name.
    pub fn templates(&self) -> Vec<EmailTemplate> {
        let mut all: Vec<EmailTemplate> = self
            .meta_records(KIND)
            .into_iter()
            .map(|(id, mut parts)| {
                let mut take = |part: &str| parts.remove(part).unwrap_or_default();
                EmailTemplate {
                    id: TemplateId(id),
                    name: take("name"),
                    subject: take("subject"),
                    body: take("body"),
                }
            })
            .collect();
        all.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        all
    }

    /// Stores a template (a new one when its id is empty); returns its id.
    pub fn save_template(&mut self, template: EmailTemplate) -> Result<TemplateId> {
        let template = template.validated()?;
        let id = match template.id.0.is_empty() {
            true => TemplateId(random_id()),
            false => template.id.clone(),
        };
        let values = [&template.name, &template.subject, &template.body];
        let parts: Vec<(&str, &str)> = PARTS
            .iter()
            .copied()
            .zip(values.map(String::as_str))
            .collect();
        self.put_meta_record(KIND, &id.0, &parts)?;
        Ok(id)
    }

    pub fn remove_template(&mut self, id: &TemplateId) -> Result<()> {
        self.remove_meta_record(KIND, &id.0, &PARTS)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{copy_of, workspace};
    use super::*;

    fn template(name: &str) -> EmailTemplate {
        EmailTemplate {
            name: name.into(),
            subject: "Teklifimiz hakkında".into(),
            body: "Sayın {name},".into(),
            ..EmailTemplate::default()
        }
    }

    #[test]
    fn templates_are_kept_edited_removed_and_merged() {
        let mut ayse = workspace("Ayşe");
        let id = ayse.save_template(template("Teklif")).unwrap();
        let mut mehmet = copy_of(&ayse, "Mehmet");
        ayse.save_template(EmailTemplate {
            id: id.clone(),
            subject: "Güncel teklifimiz".into(),
            ..template("Teklif")
        })
        .unwrap();
        mehmet.save_template(template("Bayram kutlaması")).unwrap();
        ayse.merge(&mehmet).unwrap();
        mehmet.merge(&ayse).unwrap();
        let names = |ws: &Workspace| -> Vec<(String, String)> {
            ws.templates()
                .into_iter()
                .map(|t| (t.name, t.subject))
                .collect()
        };
        assert_eq!(names(&ayse), names(&mehmet));
        assert_eq!(
            names(&ayse),
            [
                (
                    "Bayram kutlaması".to_owned(),
                    "Teklifimiz hakkında".to_owned()
                ),
                ("Teklif".to_owned(), "Güncel teklifimiz".to_owned())
            ]
        );
        ayse.remove_template(&id).unwrap();
        assert_eq!(ayse.templates().len(), 1);
        let heads = ayse.heads();
        assert!(ayse.save_template(template(" ")).is_err());
        assert_eq!(ayse.heads(), heads, "a nameless template writes nothing");
        // Other keys of meta are not read as templates.
        assert!(ayse.templates().iter().all(|t| !t.name.is_empty()));
    }
}
