//! Skipping a CBOR value Rapport does not read, whatever a hostile peer nests in it.

use minicbor::data::Type;
use minicbor::Decoder;

use super::decode::{MessageError, Result, MAX_DEPTH};

/// Skips one value of any type, iteratively, refusing nesting deeper than [`MAX_DEPTH`].
pub(super) fn skip(d: &mut Decoder<'_>) -> Result<()> {
    // Items still to read in each open array or map; `None` for one that ends at a break.
    let mut open: Vec<Option<u64>> = Vec::new();
    loop {
        match open.last_mut() {
            Some(Some(0)) => {
                open.pop();
                if !finished_one(&mut open) {
                    return Ok(());
                }
                continue;
            }
            Some(None) if d.datatype()? == Type::Break => {
                d.set_position(d.position() + 1);
                open.pop();
                if !finished_one(&mut open) {
                    return Ok(());
                }
                continue;
            }
            _ => {}
        }
        let remaining = match d.datatype()? {
            Type::Array | Type::ArrayIndef => Some(d.array()?),
            Type::Map | Type::MapIndef => Some(d.map()?.map(|n| n.saturating_mul(2))),
            Type::Tag => {
                // A tag qualifies the next item; it is not an item itself.
                d.tag()?;
                continue;
            }
            Type::Break => return Err(MessageError::Malformed("a break outside a list".into())),
            // Scalars, strings and byte strings: minicbor skips these without recursion.
            _ => {
                d.skip()?;
                None
            }
        };
        match remaining {
            Some(items) => {
                if open.len() == MAX_DEPTH {
                    return Err(MessageError::TooDeep);
                }
                open.push(items);
            }
            None if !finished_one(&mut open) => return Ok(()),
            None => {}
        }
    }
}

/// Counts one finished item in the innermost open container; false when none is open (the
/// value skipped is complete).
fn finished_one(open: &mut [Option<u64>]) -> bool {
    match open.last_mut() {
        Some(Some(n)) => {
            *n -= 1;
            true
        }
        Some(None) => true,
        None => false,
    }
}
