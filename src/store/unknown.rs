//! Keys in the file that the model does not know. serde skips them when
//! reading, so the next save would drop them: `check` names them first
//! (a hand edit's typo such as "priorty" is the usual cause).

use serde_json::Value;

/// Paths such as `authorities[2].priorty` present in `file` but not in
/// `canonical` (the model re-serialized). A key holding `false` or `null`
/// is not reported: the model omits some defaults when writing.
pub fn unknown_keys(file: &Value, canonical: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(file, canonical, &mut String::new(), &mut out);
    out
}

/// The values the model leaves out when writing: `null`, `false`, and
/// empty strings, lists and maps (`skip_serializing_if` on additive fields).
fn is_omitted_default(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn walk(file: &Value, canonical: &Value, path: &mut String, out: &mut Vec<String>) {
    match (file, canonical) {
        (Value::Object(f), Value::Object(c)) => {
            for (key, value) in f {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                match c.get(key) {
                    Some(known) => walk(value, known, path, out),
                    None if is_omitted_default(value) => {}
                    None => out.push(path.clone()),
                }
                path.truncate(len);
            }
        }
        (Value::Array(f), Value::Array(c)) => {
            for (i, (fv, cv)) in f.iter().zip(c).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(fv, cv, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_unknown_keys_with_their_path() {
        let file = json!({"a": 1, "typo": 2, "list": [{"x": 1, "y": 2}], "flag": false,
            "requirements": [], "note": "", "map": {}});
        let canonical = json!({"a": 1, "list": [{"x": 1}]});
        assert_eq!(unknown_keys(&file, &canonical), ["list[0].y", "typo"]);
    }
}
