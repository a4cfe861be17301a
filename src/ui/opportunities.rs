//! The BOAMP opportunities overlay (`O` on the timeline): calls for tenders
//! at the portfolio's buyers that no pursuit waits for, newest first, as
//! `import boamp` / `fetch boamp` found them. Read-only: `--new` turns them
//! into pursuits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{fit, put};
use crate::app::App;
use crate::i18n::boamp as words;
use crate::model::Opportunity;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, t: Theme) {
    let l = app.lang;
    let p = app.portfolio();
    let mut list: Vec<&Opportunity> = p.boamp.opportunities.iter().collect();
    list.sort_by(|a, b| {
        b.published
            .cmp(&a.published)
            .then(a.notice_ref.cmp(&b.notice_ref))
    });
    // Two lines per opportunity, the hint below; as many as fit.
    let room = usize::from(area.height.saturating_sub(5)) / 2;
    let shown = list.len().min(room);
    let inner = super::dialogs::list_box(
        area,
        buf,
        t,
        &words::opportunities_title(l, list.len()),
        shown * 2,
        list.is_empty().then(|| words::no_opportunity(l)),
        &words::opportunities_hint(l, list.len() - shown),
    );
    let w = usize::from(inner.width.saturating_sub(1));
    let x = inner.x + 1;
    for (n, o) in list.iter().take(shown).enumerate() {
        let y = inner.y + (n * 2) as u16;
        let authority = p
            .authority(&o.authority_id)
            .map_or("?", |a| a.name.as_str());
        let end = put(buf, inner, x, y, &fit(&o.notice_ref, w), t.bold());
        let rest = usize::from(inner.right().saturating_sub(end + 1));
        put(
            buf,
            inner,
            end + 1,
            y,
            &fit(&format!("{authority} — {}", o.object), rest),
            t.plain(),
        );
        put(
            buf,
            inner,
            x + 2,
            y + 1,
            &fit(&words::opportunity_detail(l, o), w.saturating_sub(2)),
            t.dim(),
        );
    }
}
