//! Spreadsheet rows into the portfolio, all or nothing: every row is checked
//! and matched first; one bad row and nothing changes. Rows update the
//! record they match (id, else SIRET or email, else folded name) rather than
//! duplicating it. Text goes through the model's cleaning like typed text.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::columns::{
    AUTHORITY_IMPORT_COLS, CONTACT_IMPORT_COLS, Col, PURSUIT_IMPORT_COLS, column_of,
};
use super::io::{
    CsvError, SourceEncoding, decode, detect_delimiter, header_key, read_table, restore,
};
use super::values::{self, CellError};
use super::zeros::{self, Fix};
use crate::i18n::{common, rules};
use crate::model::fields::{self, FieldError};
use crate::model::ids::new_id_avoiding;
use crate::model::pursuit::forecast_j;
use crate::model::text::{clean_line, clean_multiline, fold};
use crate::model::{
    Authority, Branch, Contact, JOrigin, LotsNature, MarketKind, OrderNature, Outcome, Portfolio,
    Procedure, Pursuit, SubmissionMode,
};

/// Which table the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Authorities,
    Contacts,
    Pursuits,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    /// Rows that matched a record and changed nothing.
    pub skipped: usize,
    pub encoding: SourceEncoding,
    /// Lines converted from Windows-1252 in an otherwise UTF-8 file.
    pub converted_lines: Vec<u64>,
    /// Headers that name no column of the table: their cells were not read.
    pub ignored_columns: Vec<String>,
    /// Cells put back as they were before a spreadsheet saved them.
    pub restored: Vec<Restored>,
}

/// One cell put back: `01` for `1`, `03111000` for `3111000`, no `.0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub line: u64,
    pub column: Col,
    pub from: String,
    pub to: String,
}

/// Why a row was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    EmptyName,
    /// A pursuit row without an object.
    EmptyObject,
    Field(FieldError, String),
    Cell(CellError),
    /// Several existing records match the row; the cell says which value.
    Ambiguous(String),
    /// A contact row naming no authority.
    NoAuthority,
    UnknownAuthority(String),
    /// The row matches a record an earlier row of the file already set.
    SameAsRow(u64),
    /// The header line again (two exports pasted one after the other).
    RepeatedHeader,
    /// Non-empty cells past the last header: their column is unknown.
    ExtraCells(usize),
    /// A number that cannot be what the column holds, even with its
    /// leading zeros put back (e.g. département `100`, CPV `311100`).
    NotRestorable(Col, String),
}

/// One refused row: its line in the file (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    File(CsvError),
    Rows(Vec<RowError>),
}

impl From<CsvError> for ImportError {
    fn from(e: CsvError) -> Self {
        ImportError::File(e)
    }
}

/// Import `bytes` into a copy of `p`; on success the copy and the report,
/// on any error `p` is untouched (the caller keeps it).
pub fn import(
    p: &Portfolio,
    bytes: &[u8],
    kind: ImportKind,
) -> Result<(Portfolio, ImportReport), ImportError> {
    let decoded = decode(bytes)?;
    let text = &decoded.text;
    let table = read_table(text, detect_delimiter(text))?;
    let cols = match kind {
        ImportKind::Authorities => AUTHORITY_IMPORT_COLS,
        ImportKind::Contacts => CONTACT_IMPORT_COLS,
        ImportKind::Pursuits => PURSUIT_IMPORT_COLS,
    };
    let required = match kind {
        ImportKind::Pursuits => Col::Object,
        _ => Col::Name,
    };
    let mut map: Vec<Option<Col>> = Vec::new();
    let mut ignored_columns = Vec::new();
    for h in &table.headers {
        let col = column_of(h, cols);
        if let Some(c) = col {
            if map.contains(&Some(c)) {
                return Err(CsvError::DuplicateColumn(c.key()).into());
            }
        } else if !h.trim().is_empty() {
            ignored_columns.push(clean_line(h));
        }
        map.push(col);
    }
    if !map.contains(&Some(required)) {
        return Err(CsvError::MissingColumn(required.key()).into());
    }
    let mut run = Run {
        p: p.clone(),
        used: p.all_ids().map(str::to_string).collect(),
        touched: HashMap::new(),
        old_authorities: p.authorities.len(),
        folded: p.authorities.iter().map(|a| fold(&a.name)).collect(),
        known_sirets: p
            .authorities
            .iter()
            .filter_map(|a| a.siret.clone())
            .collect(),
        appended: HashMap::new(),
        appended_pursuits: HashMap::new(),
        touched_pursuits: HashMap::new(),
        sirets: HashMap::new(),
        errors: Vec::new(),
        report: ImportReport {
            created: 0,
            updated: 0,
            skipped: 0,
            encoding: decoded.encoding,
            converted_lines: decoded.converted_lines,
            ignored_columns,
            restored: Vec::new(),
        },
    };
    let header_keys: Vec<String> = table.headers.iter().map(|h| header_key(h)).collect();
    for (line, cells) in &table.rows {
        let extra = cells
            .iter()
            .skip(map.len())
            .filter(|c| !c.trim().is_empty())
            .count();
        let result = if cells
            .iter()
            .map(|c| header_key(c))
            .eq(header_keys.iter().cloned())
        {
            Err(Reason::RepeatedHeader)
        } else if extra > 0 {
            Err(Reason::ExtraCells(extra))
        } else {
            Row::new(&map, cells).and_then(|(row, restored)| {
                run.report
                    .restored
                    .extend(restored.into_iter().map(|(column, from, to)| Restored {
                        line: *line,
                        column,
                        from,
                        to,
                    }));
                match kind {
                    ImportKind::Authorities => run.authority(*line, &row),
                    ImportKind::Contacts => run.contact(*line, &row),
                    ImportKind::Pursuits => run.pursuit(*line, &row),
                }
            })
        };
        if let Err(reason) = result {
            run.errors.push(RowError {
                line: *line,
                reason,
            });
        }
    }
    if run.errors.is_empty() {
        Ok((run.p, run.report))
    } else {
        Err(ImportError::Rows(run.errors))
    }
}

/// A cell put back: column, as found, as restored.
type RestoredCell = (Col, String, String);

/// One record's cells by column, with our anti-formula prefix removed and
/// the leading zeros a spreadsheet dropped put back.
struct Row<'a> {
    cells: HashMap<Col, Cow<'a, str>>,
}

impl<'a> Row<'a> {
    fn new(map: &[Option<Col>], cells: &'a [String]) -> Result<(Self, Vec<RestoredCell>), Reason> {
        let mut restored = Vec::new();
        let mut by_col = HashMap::new();
        for (c, v) in map.iter().zip(cells) {
            let Some(c) = *c else { continue };
            let v = restore(v);
            let cell = match zeros::fix(c, v) {
                Fix::Kept => Cow::Borrowed(v),
                Fix::Restored(to) => {
                    restored.push((c, v.trim().to_string(), to.clone()));
                    Cow::Owned(to)
                }
                Fix::Refused => return Err(Reason::NotRestorable(c, clean_line(v))),
            };
            by_col.insert(c, cell);
        }
        Ok((Row { cells: by_col }, restored))
    }

    fn get(&self, c: Col) -> &str {
        self.cells.get(&c).map_or("", |v| v.as_ref())
    }

    /// Two cells joined (first name and name, role and service): either
    /// alone when the other is empty; `None` when neither column exists.
    fn joined(&self, first: Col, second: Col, sep: &str) -> Option<String> {
        match (self.line(first), self.line(second)) {
            (None, None) => None,
            (a, b) => Some(
                [a.unwrap_or_default(), b.unwrap_or_default()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(sep),
            ),
        }
    }

    fn line(&self, c: Col) -> Option<String> {
        self.cells.get(&c).map(|v| clean_line(v))
    }

    fn text(&self, c: Col) -> Option<String> {
        self.cells.get(&c).map(|v| clean_multiline(v))
    }

    fn parsed<T>(
        &self,
        c: Col,
        f: impl Fn(&str) -> Result<T, CellError>,
    ) -> Result<Option<T>, Reason> {
        self.cells
            .get(&c)
            .map(|v| f(v.as_ref()).map_err(Reason::Cell))
            .transpose()
    }

    fn field(
        &self,
        c: Col,
        f: fn(&str) -> Result<String, FieldError>,
    ) -> Result<Option<String>, Reason> {
        self.cells
            .get(&c)
            .map(|v| f(v.as_ref()).map_err(|e| Reason::Field(e, clean_line(v))))
            .transpose()
    }

    /// A SIRET cell, checked; one the portfolio already holds is taken as
    /// is even with a wrong check digit (hand-edited file), so that an
    /// export always imports back.
    fn siret(&self, c: Col, known: &HashSet<String>) -> Result<Option<Option<String>>, Reason> {
        self.cells
            .get(&c)
            .map(|v| match v.trim() {
                "" => Ok(None),
                t if known.contains(t) => Ok(Some(t.to_string())),
                t => fields::siret(t)
                    .map(Some)
                    .map_err(|e| Reason::Field(e, clean_line(t))),
            })
            .transpose()
    }
}

/// Where a record lives: authority index, and contact index for contacts.
type Slot = (usize, Option<usize>);

struct Run {
    p: Portfolio,
    used: HashSet<String>,
    /// Records set by earlier rows, with the row's line.
    touched: HashMap<Slot, u64>,
    /// Authorities before the import; created ones are appended after them
    /// and never matched, so two new rows never merge.
    old_authorities: usize,
    /// Folded name of each authority, kept in step with `p`: folding every
    /// name again for each row made a 5,000-row import take minutes.
    folded: Vec<String>,
    /// SIRETs in the portfolio before the import.
    known_sirets: HashSet<String>,
    /// Contacts appended per authority index.
    appended: HashMap<usize, usize>,
    /// Pursuits appended per authority index.
    appended_pursuits: HashMap<usize, usize>,
    /// Pursuits set by earlier rows: (authority, pursuit) and the line.
    touched_pursuits: HashMap<(usize, usize), u64>,
    /// SIRETs given by earlier rows: one authority per SIRET.
    sirets: HashMap<String, u64>,
    errors: Vec<RowError>,
    report: ImportReport,
}

/// Indices of `items` (only the first `len`, records older than the import)
/// whose key equals `key`.
fn find<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    len: usize,
    key: impl Fn(&T) -> bool,
) -> Vec<usize> {
    items
        .into_iter()
        .take(len)
        .enumerate()
        .filter(|(_, x)| key(x))
        .map(|(i, _)| i)
        .collect()
}

impl Run {
    /// An id for a new record: the row's own when it is free, else a new one.
    fn id_for(&mut self, wanted: &str, prefix: &str) -> String {
        let wanted = clean_line(wanted);
        if !wanted.is_empty() && self.used.insert(wanted.clone()) {
            return wanted;
        }
        loop {
            let id = new_id_avoiding(&HashSet::new(), prefix);
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }

    fn claim(&mut self, slot: Slot, line: u64) -> Result<(), Reason> {
        match self.touched.insert(slot, line) {
            Some(first) => Err(Reason::SameAsRow(first)),
            None => Ok(()),
        }
    }

    fn count(&mut self, changed: bool) {
        if changed {
            self.report.updated += 1;
        } else {
            self.report.skipped += 1;
        }
    }

    fn authority(&mut self, line: u64, row: &Row) -> Result<(), Reason> {
        let name = row.line(Col::Name).unwrap_or_default();
        if name.is_empty() {
            return Err(Reason::EmptyName);
        }
        let siret = row.siret(Col::Siret, &self.known_sirets)?;
        let category = row.parsed(Col::Category, values::category)?;
        let priority = row.parsed(Col::Priority, values::priority)?;
        // A postcode gives the département when the row has none.
        let departement = match row.line(Col::Departement) {
            Some(d) if !d.is_empty() => Some(d),
            given => match row.line(Col::Postcode).filter(|p| !p.is_empty()) {
                Some(pc) => Some(
                    zeros::departement_of_postcode(&pc)
                        .ok_or(Reason::NotRestorable(Col::Postcode, pc))?,
                ),
                None => given,
            },
        };
        let apply = |a: &mut Authority| {
            a.name = name.clone();
            if let Some(c) = category {
                a.category = c;
            }
            if let Some(t) = row.line(Col::Town) {
                a.town = t;
            }
            if let Some(d) = &departement {
                a.departement = d.clone();
            }
            if let Some(s) = &siret {
                a.siret = s.clone();
            }
            if let Some(t) = row.text(Col::Activity) {
                a.activity = t;
            }
            if let Some(n) = priority {
                a.priority = n;
            }
        };
        let siret_key = siret.as_ref().and_then(|s| s.clone());
        if let Some(s) = &siret_key
            && let Some(first) = self.sirets.insert(s.clone(), line)
        {
            return Err(Reason::SameAsRow(first));
        }
        let existing = self.existing_authority(row, &name, siret_key.as_deref())?;
        match existing {
            Some(i) => {
                self.claim((i, None), line)?;
                let a = &mut self.p.authorities[i];
                let before = a.clone();
                apply(a);
                let changed = *a != before;
                self.folded[i] = fold(&a.name);
                self.count(changed);
            }
            None => {
                let id = self.id_for(row.get(Col::Id), "a");
                let mut a = Authority::new(id, "");
                apply(&mut a);
                let i = self.p.authorities.len();
                self.folded.push(fold(&a.name));
                self.p.authorities.push(a);
                self.claim((i, None), line)?;
                self.report.created += 1;
            }
        }
        Ok(())
    }

    /// The authority a row updates: by id, else SIRET, else folded name,
    /// among the authorities that existed before the import.
    fn existing_authority(
        &self,
        row: &Row,
        name: &str,
        siret: Option<&str>,
    ) -> Result<Option<usize>, Reason> {
        let list = &self.p.authorities;
        let old = self.old_authorities;
        let id = row.get(Col::Id).trim();
        if !id.is_empty()
            && let Some(i) = find(list, old, |a| a.id == id).first()
        {
            return Ok(Some(*i));
        }
        if let Some(s) = siret {
            let hits = find(list, old, |a| a.siret.as_deref() == Some(s));
            if let Some(i) = hits.first() {
                return Ok(Some(*i));
            }
        }
        let folded = fold(name);
        let hits = find(&self.folded, old, |f| *f == folded);
        match hits.as_slice() {
            [] => Ok(None),
            [i] => Ok(Some(*i)),
            _ => Err(Reason::Ambiguous(name.to_string())),
        }
    }

    fn contact(&mut self, line: u64, row: &Row) -> Result<(), Reason> {
        let name = row
            .joined(Col::FirstName, Col::Name, " ")
            .unwrap_or_default();
        let role = row.joined(Col::Role, Col::Service, " — ");
        if name.is_empty() {
            return Err(Reason::EmptyName);
        }
        let phone = row.field(Col::Phone, fields::phone)?;
        let mobile = row.field(Col::Mobile, fields::phone)?;
        let email = row.field(Col::Email, fields::email)?;
        let decision_maker = row.parsed(Col::DecisionMaker, values::boolean)?;
        let influence = row.parsed(Col::Influence, values::influence)?;
        let checked = row.parsed(Col::DetailsChecked, values::date)?;
        let keep = row.parsed(Col::KeepInTouchDays, values::days)?;
        let dnc = row.parsed(Col::DoNotContact, values::boolean)?;
        let apply = |c: &mut Contact| {
            c.name = name.clone();
            if let Some(r) = &role {
                c.role = r.clone();
            }
            if let Some(x) = &phone {
                c.phone = x.clone();
            }
            if let Some(x) = &mobile {
                c.mobile = x.clone();
            }
            if let Some(x) = &email {
                c.email = x.clone();
            }
            if let Some(x) = decision_maker {
                c.decision_maker = x;
            }
            if let Some(x) = influence {
                c.influence = x;
            }
            if let Some(t) = row.text(Col::Notes) {
                c.notes = t;
            }
            if let Some(x) = checked {
                c.details_checked = x;
            }
            if let Some(x) = keep {
                c.keep_in_touch_days = x;
            }
            if let Some(x) = dnc {
                c.do_not_contact = x;
            }
        };
        let ai = self.row_authority(row, |a, id| a.contacts.iter().any(|c| c.id == id))?;
        let old = self.old_contacts(ai);
        let contacts = &self.p.authorities[ai].contacts;
        let id = row.get(Col::Id).trim();
        let by_id = if id.is_empty() {
            Vec::new()
        } else {
            find(contacts, old, |c| c.id == id)
        };
        let email_key = email
            .as_deref()
            .map(str::to_lowercase)
            .filter(|e| !e.is_empty());
        let hits = if !by_id.is_empty() {
            by_id
        } else if let Some(e) = email_key
            .as_deref()
            .map(|e| find(contacts, old, |c| c.email.to_lowercase() == e))
            .filter(|h| !h.is_empty())
        {
            e
        } else {
            let folded = fold(&name);
            find(contacts, old, |c| fold(&c.name) == folded)
        };
        match hits.as_slice() {
            [] => {
                let id = self.id_for(id, "c");
                let mut c = Contact::new(id, "");
                apply(&mut c);
                let list = &mut self.p.authorities[ai].contacts;
                list.push(c);
                let ci = list.len() - 1;
                *self.appended.entry(ai).or_default() += 1;
                self.claim((ai, Some(ci)), line)?;
                self.report.created += 1;
            }
            [ci] => {
                self.claim((ai, Some(*ci)), line)?;
                let c = &mut self.p.authorities[ai].contacts[*ci];
                let before = c.clone();
                apply(c);
                let changed = *c != before;
                self.count(changed);
            }
            _ => return Err(Reason::Ambiguous(name)),
        }
        Ok(())
    }

    /// Contacts of authority `ai` that existed before the import.
    fn old_contacts(&self, ai: usize) -> usize {
        // Created contacts are appended: the old ones come first.
        let len = self.p.authorities[ai].contacts.len();
        let appended = self.appended.get(&ai).copied().unwrap_or(0);
        len - appended.min(len)
    }

    /// Pursuits of authority `ai` that existed before the import.
    fn old_pursuits(&self, ai: usize) -> usize {
        let len = self.p.authorities[ai].pursuits.len();
        let appended = self.appended_pursuits.get(&ai).copied().unwrap_or(0);
        len - appended.min(len)
    }

    /// A pursuit row: matched by id, else by object within its authority.
    fn pursuit(&mut self, line: u64, row: &Row) -> Result<(), Reason> {
        let object = row.line(Col::Object).unwrap_or_default();
        if object.is_empty() {
            return Err(Reason::EmptyObject);
        }
        let cells = PursuitCells::read(row)?;
        let ai = self.row_authority(row, |a, id| a.pursuits.iter().any(|x| x.id == id))?;
        let old = self.old_pursuits(ai);
        let list = &self.p.authorities[ai].pursuits;
        let id = row.get(Col::Id).trim();
        let by_id = if id.is_empty() {
            Vec::new()
        } else {
            find(list, old, |x| x.id == id)
        };
        let hits = if by_id.is_empty() {
            let folded = fold(&object);
            find(list, old, |x| fold(&x.object) == folded)
        } else {
            by_id
        };
        let lead = self.p.settings.lead_time_days;
        match hits.as_slice() {
            [] => {
                let id = self.id_for(id, "p");
                let mut x = Pursuit::new(id, object);
                if cells.factor.is_none() {
                    x.factor = cells.kind.unwrap_or_default().default_factor();
                }
                cells.apply(row, &mut x, lead);
                let list = &mut self.p.authorities[ai].pursuits;
                list.push(x);
                let i = list.len() - 1;
                *self.appended_pursuits.entry(ai).or_default() += 1;
                self.claim_pursuit(ai, i, line)?;
                self.report.created += 1;
            }
            [i] => {
                self.claim_pursuit(ai, *i, line)?;
                let x = &mut self.p.authorities[ai].pursuits[*i];
                let before = x.clone();
                x.object = object;
                cells.apply(row, x, lead);
                let changed = *x != before;
                self.count(changed);
            }
            _ => return Err(Reason::Ambiguous(object)),
        }
        Ok(())
    }

    fn claim_pursuit(&mut self, ai: usize, i: usize, line: u64) -> Result<(), Reason> {
        match self.touched_pursuits.insert((ai, i), line) {
            Some(first) => Err(Reason::SameAsRow(first)),
            None => Ok(()),
        }
    }

    /// The authority of a contact or pursuit row: its SIRET column, else
    /// the authority cell as an id, a SIRET or a folded name, else the
    /// authority holding the row's id (`holds`).
    fn row_authority(
        &self,
        row: &Row,
        holds: impl Fn(&Authority, &str) -> bool,
    ) -> Result<usize, Reason> {
        let list = &self.p.authorities;
        if let Some(Some(s)) = row.siret(Col::AuthoritySiret, &self.known_sirets)? {
            return find(list, list.len(), |a| a.siret.as_deref() == Some(s.as_str()))
                .first()
                .copied()
                .ok_or(Reason::UnknownAuthority(s));
        }
        let cell = clean_line(row.get(Col::Authority));
        let contact_id = row.get(Col::Id).trim();
        let holds_contact = |i: &usize| !contact_id.is_empty() && holds(&list[*i], contact_id);
        if cell.is_empty() {
            let hits = find(list, list.len(), |a| {
                !contact_id.is_empty() && holds(a, contact_id)
            });
            return hits.first().copied().ok_or(Reason::NoAuthority);
        }
        if let Some(i) = find(list, list.len(), |a| a.id == cell).first() {
            return Ok(*i);
        }
        if let Ok(s) = fields::siret(&cell)
            && let Some(i) =
                find(list, list.len(), |a| a.siret.as_deref() == Some(s.as_str())).first()
        {
            return Ok(*i);
        }
        let folded = fold(&cell);
        let hits = find(&self.folded, list.len(), |f| *f == folded);
        match hits.as_slice() {
            [] => Err(Reason::UnknownAuthority(cell)),
            [i] => Ok(*i),
            many => many
                .iter()
                .find(|i| holds_contact(i))
                .copied()
                .ok_or(Reason::Ambiguous(cell)),
        }
    }
}

/// A pursuit row's typed cells, parsed before anything changes; `None`
/// where the column is absent or the cell empty (left as it is).
struct PursuitCells {
    j: Option<Option<chrono::NaiveDate>>,
    origin: Option<JOrigin>,
    confirmed: Option<bool>,
    time: Option<Option<chrono::NaiveTime>>,
    kind: Option<MarketKind>,
    factor: Option<f64>,
    branch: Option<Branch>,
    outcome: Option<Outcome>,
    procedure_kind: Option<Procedure>,
    notice_days: Option<Option<u32>>,
    candidature_days: Option<Option<u32>>,
    notice_published: Option<Option<chrono::NaiveDate>>,
    amount: Option<Option<f64>>,
    contract_start: Option<Option<chrono::NaiveDate>>,
    current_expiry: Option<Option<chrono::NaiveDate>>,
    expected_start: Option<Option<chrono::NaiveDate>>,
    lots: Option<LotsNature>,
    lot_count: Option<Option<u32>>,
    ordering: Option<OrderNature>,
    submission: Option<SubmissionMode>,
}

impl PursuitCells {
    fn read(row: &Row) -> Result<Self, Reason> {
        Ok(Self {
            j: row.parsed(Col::J, values::date)?,
            origin: row
                .parsed(Col::JOrigin, |s| {
                    values::choice(
                        s,
                        &[JOrigin::Forecast, JOrigin::Entered, JOrigin::Confirmed],
                        common::j_origin,
                    )
                })?
                .flatten(),
            confirmed: row.parsed(Col::JConfirmed, values::boolean)?,
            time: row.parsed(Col::JTime, values::time)?,
            kind: row
                .parsed(Col::MarketKind, |s| {
                    values::choice(s, &MarketKind::ALL, common::market_kind)
                })?
                .flatten(),
            factor: row.parsed(Col::Factor, values::factor)?.flatten(),
            branch: row
                .parsed(Col::Branch, |s| {
                    values::choice(
                        s,
                        &[Branch::Undecided, Branch::H1, Branch::H2],
                        common::branch_short,
                    )
                })?
                .flatten(),
            outcome: row
                .parsed(Col::Outcome, |s| {
                    values::choice(s, &Outcome::ALL, common::outcome)
                })?
                .flatten(),
            procedure_kind: row
                .parsed(Col::ProcedureKind, |s| {
                    values::choice(s, &Procedure::ALL, rules::procedure)
                })?
                .flatten(),
            notice_days: row.parsed(Col::NoticeDays, values::days)?,
            candidature_days: row.parsed(Col::CandidatureDays, values::days)?,
            notice_published: row.parsed(Col::NoticePublished, values::date)?,
            amount: row.parsed(Col::Amount, values::amount)?,
            contract_start: row.parsed(Col::ContractStart, values::date)?,
            current_expiry: row.parsed(Col::CurrentExpiry, values::date)?,
            expected_start: row.parsed(Col::ExpectedStart, values::date)?,
            lots: row
                .parsed(Col::Lots, |s| {
                    values::choice(
                        s,
                        &[LotsNature::Unknown, LotsNature::Single, LotsNature::Lots],
                        common::lots,
                    )
                })?
                .flatten(),
            lot_count: row.parsed(Col::LotCount, values::days)?,
            ordering: row
                .parsed(Col::Ordering, |s| {
                    values::choice(
                        s,
                        &[
                            OrderNature::Unknown,
                            OrderNature::Firm,
                            OrderNature::Fractional,
                        ],
                        common::ordering,
                    )
                })?
                .flatten(),
            submission: row
                .parsed(Col::Submission, |s| {
                    values::choice(
                        s,
                        &[
                            SubmissionMode::Unknown,
                            SubmissionMode::Electronic,
                            SubmissionMode::Paper,
                        ],
                        common::submission,
                    )
                })?
                .flatten(),
        })
    }

    /// Set the row's values on `x`. The J column holds the J in use: with
    /// origin "forecast" and the date the forecast gives, J stays forecast;
    /// any other date typed over a forecast becomes an entered J.
    fn apply(&self, row: &Row, x: &mut Pursuit, lead_time_days: u32) {
        if let Some(t) = row.line(Col::Procedure) {
            x.procedure = t;
        }
        if let Some(t) = row.line(Col::CurrentHolder) {
            x.current_holder = t;
        }
        if let Some(t) = row.text(Col::AwardCriteria) {
            x.award_criteria = t;
        }
        if let Some(t) = row.line(Col::Cpv) {
            x.cpv = t;
        }
        if let Some(t) = row.line(Col::NoticeRef) {
            x.notice_ref = t;
        }
        if let Some(t) = row.line(Col::Source) {
            x.source = Some(t).filter(|s| !s.is_empty());
        }
        set(&mut x.market_kind, self.kind);
        set(&mut x.factor, self.factor);
        set(&mut x.branch, self.branch);
        set(&mut x.outcome, self.outcome);
        set(&mut x.procedure_kind, self.procedure_kind);
        set(&mut x.notice_days, self.notice_days);
        set(&mut x.candidature_days, self.candidature_days);
        set(&mut x.notice_published, self.notice_published);
        set(&mut x.amount, self.amount);
        set(&mut x.contract_start, self.contract_start);
        set(&mut x.current_expiry, self.current_expiry);
        set(&mut x.expected_start, self.expected_start);
        set(&mut x.lots, self.lots);
        set(&mut x.lot_count, self.lot_count);
        set(&mut x.ordering, self.ordering);
        set(&mut x.submission, self.submission);
        set(&mut x.j_time, self.time);
        if let Some(j) = self.j {
            let forecast = x.current_expiry.and_then(|e| forecast_j(e, lead_time_days));
            let origin = match self.origin {
                Some(JOrigin::Forecast) if j.is_none() || j == forecast => JOrigin::Forecast,
                Some(JOrigin::Forecast) => JOrigin::Entered,
                Some(o) => o,
                None if self.confirmed == Some(true) => JOrigin::Confirmed,
                None => JOrigin::Entered,
            };
            match (origin, j) {
                (JOrigin::Forecast, _) | (_, None) => {
                    x.j = None;
                    x.j_confirmed = false;
                }
                (o, Some(d)) => {
                    x.j = Some(d);
                    x.j_confirmed = o == JOrigin::Confirmed;
                }
            }
        } else if let Some(c) = self.confirmed {
            x.j_confirmed = c && x.j.is_some();
        }
    }
}

/// Overwrite `field` when the row gave a value.
fn set<T>(field: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *field = v;
    }
}
