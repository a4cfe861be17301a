//! Writes a large synthetic DECP file for the import benchmark (never
//! committed): `cargo run --release --example decp_gen -- [MEGABYTES] [PATH]`
//! (default 200 MB into `target/decp-bench.json`).
//!
//! Records mimic the consolidated files: both schemas' shapes, holders flat
//! and wrapped, amendments, `"NC"` durations, bare `NaN`s, and the bulky
//! keys the import skips (considerations, subcontracting acts).

use std::fs::File;
use std::io::{BufWriter, Write};

/// xorshift64*: deterministic, so every run writes the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const CPV: [&str; 8] = [
    "72210000",
    "45214200-2",
    "90910000",
    "77313000",
    "71000000-8",
    "30192000",
    "79340000",
    "45261210",
];
const PROCEDURES: [&str; 3] = [
    "Procédure adaptée",
    "Appel d'offres ouvert",
    "Marché négocié sans publicité ni mise en concurrence préalable",
];
const MODALITIES: [&str; 4] = [
    "Sans objet",
    "Bons de commande",
    "Tranches",
    "Marchés subséquents",
];

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let megabytes: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let path = args
        .next()
        .unwrap_or_else(|| "target/decp-bench.json".to_string());
    let target = megabytes * 1024 * 1024;
    let mut out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut written: u64 = 0;
    let head = b"{\"marches\":{\"marche\":[\n";
    out.write_all(head)?;
    written += head.len() as u64;
    let mut n: u64 = 0;
    while written < target {
        let record = record(&mut rng, n);
        if n > 0 {
            out.write_all(b",\n")?;
            written += 2;
        }
        out.write_all(record.as_bytes())?;
        written += record.len() as u64;
        n += 1;
    }
    out.write_all(b"\n]}}\n")?;
    out.flush()?;
    eprintln!("{path}: {n} contracts, {} bytes", written + 5);
    Ok(())
}

fn record(rng: &mut Rng, n: u64) -> String {
    let buyer = format!("2{:013}", rng.below(2000) * 7919 % 10_000_000_000_000);
    let year = 2019 + rng.below(8);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(28);
    let duration = match rng.below(20) {
        0 => "\"NC\"".to_string(),
        _ => (1 + rng.below(60)).to_string(),
    };
    let cpv = CPV[rng.below(CPV.len() as u64) as usize];
    let procedure = PROCEDURES[rng.below(PROCEDURES.len() as u64) as usize];
    let modality = MODALITIES[rng.below(MODALITIES.len() as u64) as usize];
    let holder = format!("{:014}", rng.below(100_000_000_000_000));
    let holders = if n.is_multiple_of(2) {
        format!("[{{\"titulaire\":{{\"typeIdentifiant\":\"SIRET\",\"id\":\"{holder}\"}}}}]")
    } else {
        format!(
            "[{{\"typeIdentifiant\":\"SIRET\",\"id\":\"{holder}\",\"denominationSociale\":\"Entreprise {holder}\"}}]"
        )
    };
    let buyer_key = if n.is_multiple_of(7) {
        format!("\"acheteur.id\":\"{buyer}\"")
    } else {
        format!("\"acheteur\":{{\"id\":\"{buyer}\",\"nom\":\"Acheteur {buyer}\"}}")
    };
    let modifications = if rng.below(3) == 0 {
        format!(
            "[{{\"modification\":{{\"id\":1,\"dateNotificationModification\":\"{}-{:02}-{:02}\",\"dureeMois\":{},\"montant\":{}.5,\"datePublicationDonneesModification\":\"{}-{:02}-{:02}\"}}}}]",
            year + 1,
            month,
            day,
            12 + rng.below(48),
            rng.below(900_000),
            year + 1,
            month,
            day
        )
    } else {
        "[]".to_string()
    };
    format!(
        concat!(
            "{{\"id\":\"{year}-BENCH-{n:08}\",{buyer_key},\"nature\":\"Marché\",",
            "\"objet\":\"Prestations de services numéro {n} pour les besoins de l'acheteur, lot {lot} — entretien, maintenance et fournitures associées\",",
            "\"codeCPV\":\"{cpv}\",\"procedure\":\"{procedure}\",",
            "\"techniques\":{{\"technique\":[\"Sans objet\"]}},\"modalitesExecution\":{{\"modaliteExecution\":[\"{modality}\"]}},",
            "\"marcheInnovant\":false,\"ccag\":\"Fournitures courantes et services\",\"offresRecues\":{offers},",
            "\"attributionAvance\":false,\"tauxAvance\":0.0,\"typeGroupementOperateurs\":\"Pas de groupement\",",
            "\"sousTraitanceDeclaree\":true,\"idAccordCadre\":null,",
            "\"lieuExecution\":{{\"code\":\"{dep:02}\",\"typeCode\":\"Code département\"}},",
            "\"dureeMois\":{duration},\"dateNotification\":\"{year}-{month:02}-{day:02}\",",
            "\"datePublicationDonnees\":\"{year}-{month:02}-{day:02}\",\"montant\":{amount}.0,",
            "\"formePrix\":\"Unitaire\",\"typesPrix\":{{\"typePrix\":[\"Définitif révisable\"]}},",
            "\"titulaires\":{holders},",
            "\"considerationsSociales\":{{\"considerationSociale\":[\"Pas de considération sociale\"]}},",
            "\"considerationsEnvironnementales\":{{\"considerationEnvironnementale\":[\"Pas de considération environnementale\"]}},",
            "\"actesSousTraitance\":[{{\"acteSousTraitance\":{{\"id\":1,\"sousTraitant\":{{\"id\":\"51131202700010\",\"typeIdentifiant\":\"SIRET\"}},",
            "\"dureeMois\":12,\"dateNotification\":\"{year}-{month:02}-{day:02}\",\"montant\":32646.0,\"variationPrix\":\"ferme\",",
            "\"datePublicationDonnees\":\"{year}-{month:02}-{day:02}\"}}}}],",
            "\"modificationsActesSousTraitance\":[],\"modifications\":{modifications},",
            "\"origineUE\":0.0,\"origineFrance\":0.0,\"_type\":\"Marché\",\"concessionnaires\":NaN}}"
        ),
        year = year,
        n = n,
        buyer_key = buyer_key,
        lot = rng.below(12),
        cpv = cpv,
        procedure = procedure,
        modality = modality,
        offers = rng.below(9),
        dep = 1 + rng.below(95),
        duration = duration,
        month = month,
        day = day,
        amount = 1000 + rng.below(2_000_000),
        holders = holders,
        modifications = modifications,
    )
}
