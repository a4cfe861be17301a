//! A popup form: fields, focus, keys, validation. Pure state; the app hands
//! it keys and reads the outcome, `crate::ui::form` draws it.

use chrono::NaiveDate;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::backend::crossterm::EventHandler;

use super::field::{Field, Value};
use super::key::{FORM_KEYS, FieldKey, FormKey};
use super::target::Target;
use crate::i18n::{Lang, forms as words};
use crate::keys::lookup;

/// The longest text a field holds: far beyond any name, address or note,
/// and short enough that every key and frame stays instant.
pub const MAX_FIELD_CHARS: usize = 10_000;

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Still editing.
    Continue,
    /// Esc: close and save nothing.
    Cancel,
    /// Every field parsed: the owner may apply the values.
    Submit,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What the form creates or edits.
    pub target: Target,
    pub lang: Lang,
    pub today: NaiveDate,
    /// Recomputes hints after each change (e.g. the forecast J).
    pub on_change: Option<fn(&mut Form)>,
    /// The portfolio's lead time, for forms that show a forecast J.
    pub lead_time_days: u32,
    /// Who fills it in: recorded on the exchanges it logs (issue 17).
    pub user: String,
}

impl Form {
    pub fn new(
        title: String,
        target: Target,
        lang: Lang,
        today: NaiveDate,
        fields: Vec<Field>,
    ) -> Form {
        let mut form = Form {
            title,
            fields,
            focus: 0,
            target,
            lang,
            today,
            on_change: None,
            lead_time_days: crate::model::Settings::default().lead_time_days,
            user: String::new(),
        };
        form.changed();
        form
    }

    pub fn with_on_change(mut self, f: fn(&mut Form)) -> Form {
        self.on_change = Some(f);
        self.changed();
        self
    }

    fn changed(&mut self) {
        if let Some(f) = self.on_change {
            f(self);
        }
    }

    pub fn field(&self, key: FieldKey) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn field_mut(&mut self, key: FieldKey) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.key == key)
    }

    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len();
        if n == 0 {
            return;
        }
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    /// Handle one key as [`FORM_KEYS`] say: next and previous field,
    /// Enter next or submit on the last field, Ctrl-S submit, Esc cancel,
    /// ←/→/Space cycle a choice; anything else edits the focused text.
    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        if key.kind == KeyEventKind::Release {
            return Outcome::Continue;
        }
        let textual = self.focused().is_some_and(Field::is_textual);
        match lookup(FORM_KEYS, &key) {
            Some(FormKey::Cancel) => return Outcome::Cancel,
            Some(FormKey::Save) => return self.submit(),
            Some(FormKey::Next) => self.move_focus(true),
            Some(FormKey::Previous) => self.move_focus(false),
            Some(FormKey::Enter) => {
                if self.focus + 1 >= self.fields.len() {
                    return self.submit();
                }
                self.move_focus(true);
            }
            // In a text field, ←/→ move the cursor and Space is a space.
            Some(FormKey::Choose) if !textual => {
                let forward = key.code != KeyCode::Left;
                if let Some(f) = self.fields.get_mut(self.focus) {
                    f.cycle(forward);
                    f.error = None;
                }
                self.changed();
            }
            _ if textual => {
                let lang = self.lang;
                if let Some(f) = self.fields.get_mut(self.focus) {
                    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                    let typing = matches!(key.code, KeyCode::Char(_)) && !ctrl;
                    if typing && f.input.value().chars().count() >= MAX_FIELD_CHARS {
                        f.error = Some(words::too_long(lang, MAX_FIELD_CHARS));
                    } else if f.input.handle_event(&Event::Key(key)).is_some() {
                        f.error = None;
                    }
                }
                self.changed();
            }
            _ => {}
        }
        Outcome::Continue
    }

    /// Insert pasted text into the focused text field, in one step (a
    /// character at a time costs the field's length each: a 1 MB paste took
    /// minutes), cut to [`MAX_FIELD_CHARS`] with a word under the field.
    pub fn paste(&mut self, text: &str) {
        let lang = self.lang;
        if let Some(f) = self.fields.get_mut(self.focus).filter(|f| f.is_textual()) {
            let value = f.input.value();
            let cursor = f.input.cursor();
            let room = MAX_FIELD_CHARS.saturating_sub(value.chars().count());
            // Line breaks of a paste end up as spaces; cleaning happens at parse.
            let pasted: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .take(room)
                .collect();
            let added = pasted.chars().count();
            let cut = text.chars().nth(added).is_some();
            let at = value
                .char_indices()
                .nth(cursor)
                .map_or(value.len(), |(i, _)| i);
            let mut new = String::with_capacity(value.len() + pasted.len());
            new.push_str(&value[..at]);
            new.push_str(&pasted);
            new.push_str(&value[at..]);
            f.input = tui_input::Input::new(new).with_cursor(cursor + added);
            f.error = cut.then(|| words::too_long(lang, MAX_FIELD_CHARS));
        }
        self.changed();
    }

    /// Parse every field; on any error mark it, focus the first bad field, and
    /// stay open.
    pub fn submit(&mut self) -> Outcome {
        let mut first_bad = None;
        for (n, f) in self.fields.iter_mut().enumerate() {
            f.error = f.parse(self.lang, self.today).err();
            if f.error.is_some() && first_bad.is_none() {
                first_bad = Some(n);
            }
        }
        match first_bad {
            Some(n) => {
                self.focus = n;
                Outcome::Continue
            }
            None => Outcome::Submit,
        }
    }

    /// Put an error on a field after a cross-field check failed.
    pub fn reject(&mut self, key: FieldKey, message: String) {
        if let Some(n) = self.fields.iter().position(|f| f.key == key) {
            self.fields[n].error = Some(message);
            self.focus = n;
        }
    }

    fn value(&self, key: FieldKey) -> Option<Value> {
        self.field(key)
            .and_then(|f| f.parse(self.lang, self.today).ok())
    }

    pub fn text(&self, key: FieldKey) -> String {
        match self.value(key) {
            Some(Value::Text(s)) => s,
            _ => String::new(),
        }
    }

    pub fn date(&self, key: FieldKey) -> Option<NaiveDate> {
        match self.value(key) {
            Some(Value::Date(d)) => d,
            _ => None,
        }
    }

    pub fn choice(&self, key: FieldKey) -> usize {
        self.field(key).map_or(0, |f| f.choice)
    }

    pub fn flag(&self, key: FieldKey) -> bool {
        self.field(key).is_some_and(|f| f.choice == 1)
    }

    pub fn number(&self, key: FieldKey) -> Option<f64> {
        match self.value(key) {
            Some(Value::Number(x)) => x,
            _ => None,
        }
    }

    pub fn time(&self, key: FieldKey) -> Option<chrono::NaiveTime> {
        match self.value(key) {
            Some(Value::Time(t)) => t,
            _ => None,
        }
    }

    pub fn integer(&self, key: FieldKey) -> Option<u32> {
        match self.value(key) {
            Some(Value::Integer(n)) => n,
            _ => None,
        }
    }
}
