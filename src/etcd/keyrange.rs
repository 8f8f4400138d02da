//! etcdctl's key-range rules, shared by online requests and offline snapshot reads.

/// `(key, range_end)` for `key [range_end] [--prefix|--from-key]`, exactly as etcdctl
/// computes them: an empty range_end means the single key, `"\0"` means "to the end".
pub fn range(
    key: &[u8],
    range_end: Option<&[u8]>,
    prefix: bool,
    from_key: bool,
) -> (Vec<u8>, Vec<u8>) {
    if prefix {
        if key.is_empty() {
            return (vec![0], vec![0]);
        }
        return (key.to_vec(), prefix_end(key));
    }
    if from_key {
        let key = if key.is_empty() {
            vec![0]
        } else {
            key.to_vec()
        };
        return (key, vec![0]);
    }
    (
        key.to_vec(),
        range_end.map(<[u8]>::to_vec).unwrap_or_default(),
    )
}

/// The smallest key greater than every key with this prefix (`"\0"` when there is none).
pub fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ranges() {
        assert_eq!(
            range(b"/registry/", None, true, false),
            (b"/registry/".to_vec(), b"/registry0".to_vec())
        );
        assert_eq!(range(b"", None, true, false), (vec![0], vec![0]));
        assert_eq!(prefix_end(b"a\xff\xff"), b"b".to_vec());
        assert_eq!(prefix_end(b"\xff"), vec![0]);
    }

    #[test]
    fn from_key_and_explicit_ranges() {
        assert_eq!(range(b"b", None, false, true), (b"b".to_vec(), vec![0]));
        assert_eq!(range(b"", None, false, true), (vec![0], vec![0]));
        assert_eq!(
            range(b"a", Some(b"c"), false, false),
            (b"a".to_vec(), b"c".to_vec())
        );
        assert_eq!(range(b"a", None, false, false), (b"a".to_vec(), vec![]));
    }
}
