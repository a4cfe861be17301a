//! Drawing a form as a centred popup: one line per field (label, value),
//! an error or hint line under a field when it has one, the keys at the
//! bottom. The focused field is kept in view and gets the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::forms::Form;
use crate::forms::field::Field;
use crate::forms::key::FORM_KEYS;
use crate::i18n::forms as words;

/// The keys of a form, from its key table: "Tab/↓ suivant · … · Échap annuler".
pub fn footer(l: crate::i18n::Lang) -> String {
    crate::keys::footer(
        FORM_KEYS,
        |k| crate::i18n::tui::key_name(l, k),
        |a| words::form_key(l, a),
    )
}

/// Lines a field takes: itself, plus its error or hint.
fn height(f: &Field) -> u16 {
    1 + u16::from(f.error.is_some() || f.hint.is_some())
}

/// Centred popup rectangle for a form in `area`.
pub fn popup_area(form: &Form, area: Rect) -> Rect {
    // Fields, two borders, and up to two lines of keys.
    let wanted: u16 = form.fields.iter().map(height).sum::<u16>() + 4;
    let [row] = Layout::vertical([Constraint::Length(wanted.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(80.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    popup
}

/// Draw `form` over `area`; returns where the terminal cursor belongs.
pub fn render(form: &Form, area: Rect, buf: &mut Buffer, color: bool) -> Option<Position> {
    let popup = popup_area(form, area);
    if popup.width < 10 || popup.height < 3 {
        return None;
    }
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(format!(" {} ", form.title)).bold());
    let inner = block.inner(popup);
    block.render(popup, buf);
    let l = form.lang;
    let keys = footer(l);
    let footer_lines = if keys.width() > usize::from(inner.width) {
        2
    } else {
        1
    };
    let [body, footer] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(footer_lines)]).areas(inner);
    Paragraph::new(keys.as_str())
        .style(Style::default().add_modifier(Modifier::DIM))
        .wrap(Wrap { trim: true })
        .render(footer, buf);

    let label_width = form
        .fields
        .iter()
        .map(|f| f.label.width())
        .max()
        .unwrap_or(0)
        .min(usize::from(body.width / 2)) as u16;
    let value_x = body.x + label_width + 3;
    let value_width = body.right().saturating_sub(value_x);

    // Scroll so the focused field (and its message) is visible.
    let offsets: Vec<u16> = form
        .fields
        .iter()
        .scan(0u16, |y, f| {
            let at = *y;
            *y += height(f);
            Some(at)
        })
        .collect();
    let focus_bottom =
        offsets.get(form.focus).copied().unwrap_or(0) + form.focused().map_or(1, height);
    let scroll = focus_bottom.saturating_sub(body.height);

    let mut cursor = None;
    for (n, f) in form.fields.iter().enumerate() {
        let Some(y) = offsets[n].checked_sub(scroll).map(|y| body.y + y) else {
            continue;
        };
        if y >= body.bottom() {
            break;
        }
        let focused = n == form.focus;
        let marker = if focused { "›" } else { " " };
        let label = Line::from(vec![
            Span::raw(marker),
            Span::styled(
                format!("{:<w$}", f.label, w = usize::from(label_width)),
                if focused {
                    Style::default().bold()
                } else {
                    Style::default()
                },
            ),
        ]);
        label.render(Rect::new(body.x, y, label_width + 1, 1), buf);
        let value_area = Rect::new(value_x, y, value_width, 1);
        let mut value_style = Style::default();
        if focused {
            value_style = value_style.add_modifier(Modifier::REVERSED);
        }
        if f.is_textual() {
            let scroll_x = f
                .input
                .visual_scroll(usize::from(value_width.saturating_sub(1)));
            let shown: String = skip_columns(f.input.value(), scroll_x);
            Paragraph::new(shown)
                .style(value_style)
                .render(value_area, buf);
            if focused {
                let x = (f.input.visual_cursor().saturating_sub(scroll_x)) as u16;
                cursor = Some(Position::new(
                    value_x + x.min(value_width.saturating_sub(1)),
                    y,
                ));
            }
        } else {
            Paragraph::new(format!("‹ {} ›", f.display(form.lang)))
                .style(value_style)
                .render(value_area, buf);
        }
        if let Some(msg) = f.error.as_ref().or(f.hint.as_ref()) {
            let y = y + 1;
            if y < body.bottom() {
                let style = match (&f.error, color) {
                    (Some(_), true) => Style::default().red(),
                    (Some(_), false) => Style::default().bold(),
                    (None, _) => Style::default().add_modifier(Modifier::ITALIC),
                };
                let prefix = if f.error.is_some() { "✗ " } else { "→ " };
                Paragraph::new(format!("{prefix}{msg}"))
                    .style(style)
                    .render(Rect::new(value_x, y, value_width, 1), buf);
            }
        }
    }
    cursor
}

/// `s` without its first `columns` display columns.
fn skip_columns(s: &str, columns: usize) -> String {
    let mut skipped = 0;
    s.chars()
        .skip_while(|c| {
            if skipped >= columns {
                return false;
            }
            skipped += UnicodeWidthChar::width(*c).unwrap_or(0);
            true
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_footer_names_the_same_keys_in_both_languages() {
        // Written from the key table: French and English can no longer
        // disagree on what Enter does.
        assert_eq!(
            footer(Lang::Fr),
            "Tab/↓ suivant · Maj-Tab/↑ précédent · ←/→ choix · Entrée suivant · Ctrl-S enregistrer · Échap annuler"
        );
        assert_eq!(
            footer(Lang::En),
            "Tab/↓ next · Shift-Tab/↑ previous · ←/→ choose · Enter next · Ctrl-S save · Esc cancel"
        );
    }
}
