//! One element of a DECP `marches` array as found in the file: only the keys
//! the import reads, each kept as raw JSON. Everything else is skipped
//! without being built, and a wrong type never aborts the file: normalising
//! ([`super::record`]) decides what is usable.

use std::fmt;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::Value;

/// The keys of one contract the import reads, under either schema and in
/// the flattened spelling some exports use (`"acheteur.id"`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawContract {
    /// The element was not a JSON object (a stray number, string or array).
    pub not_an_object: bool,
    pub id: Option<Value>,
    /// `acheteur.id`, nested or flattened.
    pub acheteur_id: Option<Value>,
    /// `acheteur.nom`, nested or flattened.
    pub acheteur_nom: Option<Value>,
    pub objet: Option<Value>,
    pub code_cpv: Option<Value>,
    pub procedure: Option<Value>,
    pub duree_mois: Option<Value>,
    pub date_notification: Option<Value>,
    pub montant: Option<Value>,
    pub titulaires: Option<Value>,
    pub modifications: Option<Value>,
    /// `nature`: "Marché", "Accord-cadre", "Marché subséquent"…
    pub nature: Option<Value>,
    /// Every string under `modalitesExecution`, whatever its nesting.
    pub modalites: Vec<String>,
}

/// A key of a contract, matched without allocating.
enum Field {
    Id,
    Acheteur,
    AcheteurId,
    AcheteurNom,
    Objet,
    CodeCpv,
    Procedure,
    DureeMois,
    DateNotification,
    Montant,
    Titulaires,
    Modifications,
    Nature,
    Modalites,
    /// `nom`, only meaningful inside `acheteur`.
    Nom,
    Other,
}

impl Field {
    fn from_key(key: &str) -> Field {
        match key {
            "id" => Field::Id,
            "acheteur" => Field::Acheteur,
            "acheteur.id" | "acheteur_id" => Field::AcheteurId,
            "acheteur.nom" | "acheteur_nom" => Field::AcheteurNom,
            "objet" => Field::Objet,
            "codeCPV" | "codeCpv" | "cpv" => Field::CodeCpv,
            "procedure" => Field::Procedure,
            "dureeMois" => Field::DureeMois,
            "dateNotification" => Field::DateNotification,
            "montant" => Field::Montant,
            "titulaires" | "titulaire" => Field::Titulaires,
            "modifications" | "modification" => Field::Modifications,
            "nature" => Field::Nature,
            "modalitesExecution" | "modaliteExecution" => Field::Modalites,
            "nom" => Field::Nom,
            _ => Field::Other,
        }
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(Field::from_key(v))
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for RawContract {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ContractVisitor)
    }
}

/// Reads a contract object; any other JSON value becomes a record marked
/// `not_an_object`, so one stray element costs a skip, not the file.
pub(crate) struct ContractVisitor;

impl ContractVisitor {
    fn stray<E>() -> Result<RawContract, E> {
        Ok(RawContract {
            not_an_object: true,
            ..RawContract::default()
        })
    }
}

impl<'de> Visitor<'de> for ContractVisitor {
    type Value = RawContract;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a contract object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawContract, A::Error> {
        let mut c = RawContract::default();
        while let Some(field) = map.next_key::<Field>()? {
            // A repeated key keeps its last value, as JavaScript readers do.
            let slot = match field {
                Field::Id => &mut c.id,
                Field::Acheteur => {
                    map.next_value_seed(BuyerSeed(&mut c))?;
                    continue;
                }
                Field::Modalites => {
                    map.next_value_seed(Words(&mut c.modalites))?;
                    continue;
                }
                Field::AcheteurId => &mut c.acheteur_id,
                Field::AcheteurNom => &mut c.acheteur_nom,
                Field::Objet => &mut c.objet,
                Field::CodeCpv => &mut c.code_cpv,
                Field::Procedure => &mut c.procedure,
                Field::DureeMois => &mut c.duree_mois,
                Field::DateNotification => &mut c.date_notification,
                Field::Montant => &mut c.montant,
                Field::Titulaires => &mut c.titulaires,
                Field::Modifications => &mut c.modifications,
                Field::Nature => &mut c.nature,
                Field::Nom | Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value::<Value>()?);
        }
        Ok(c)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawContract, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Self::stray()
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawContract, E> {
        Self::stray()
    }
    fn visit_none<E: de::Error>(self) -> Result<RawContract, E> {
        Self::stray()
    }
}

/// The `acheteur` object: only `id` and `nom` are kept, without building
/// the object itself (this runs once per contract of a large file).
struct BuyerSeed<'a>(&'a mut RawContract);

impl<'de> DeserializeSeed<'de> for BuyerSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for BuyerSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a buyer")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Id => self.0.acheteur_id = Some(map.next_value()?),
                Field::Nom => self.0.acheteur_nom = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Collects every string of a value, at any depth.
struct Words<'a>(&'a mut Vec<String>);

impl<'de> DeserializeSeed<'de> for Words<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Words<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("words")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push(v.to_string());
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Words(&mut *self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(Words(&mut *self.0))?;
        }
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_known_keys_in_both_spellings() {
        let c: RawContract = serde_json::from_str(
            r#"{"id":"X1","acheteur.id":"215","lieuExecution":{"code":"35"},
                "titulaire":[{"id":"1"}],"modification":{"dureeMois":3},
                "modaliteExecution":["Tranches"],"dureeMois":"NC"}"#,
        )
        .unwrap();
        assert_eq!(c.id, Some(Value::from("X1")));
        assert_eq!(c.acheteur_id, Some(Value::from("215")));
        assert!(c.titulaires.is_some() && c.modifications.is_some());
        assert_eq!(c.modalites, ["Tranches"]);
        assert_eq!(c.duree_mois, Some(Value::from("NC")));
        assert!(!c.not_an_object);
        let c: RawContract = serde_json::from_str(
            r#"{"acheteur":{"id":21350238800019,"nom":"Ville","x":[1]},
                "modalitesExecution":{"modaliteExecution":["Tranches",{"a":"Bons"}],"n":3}}"#,
        )
        .unwrap();
        assert_eq!(c.acheteur_id, Some(Value::from(21350238800019u64)));
        assert_eq!(c.acheteur_nom, Some(Value::from("Ville")));
        assert_eq!(c.modalites, ["Tranches", "Bons"]);
        let c: RawContract =
            serde_json::from_str(r#"{"acheteur":"215","modalitesExecution":null}"#).unwrap();
        assert_eq!((c.acheteur_id, c.modalites.len()), (None, 0));
    }

    #[test]
    fn a_stray_value_is_marked_not_an_object() {
        let v: Vec<RawContract> = serde_json::from_str(r#"[1, "x", null, [2], {}]"#).unwrap();
        let flags: Vec<bool> = v.iter().map(|c| c.not_an_object).collect();
        assert_eq!(flags, [true, true, true, true, false]);
    }
}
