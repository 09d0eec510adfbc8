//! Turkish identifiers on invoice details: the tax number (VKN, 10 digits, for a firm) or
//! the citizen number (TCKN, 11 digits, for a person, who uses it as their tax number),
//! and the IBAN (TR, 26 characters, ISO 13616 mod 97). Each check says what is wrong in a
//! way the UI can put in plain words; none blocks saving, since the user may have the
//! number from the customer's own papers and a typo is theirs to find.

/// What is wrong with an identifier as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// Not the number of digits (or characters) it must have.
    Length { expected: usize },
    /// A character that has no place in it.
    NotDigits,
    /// The check digits do not match: a digit is wrong or two are swapped.
    CheckDigits,
    /// A TCKN never starts with 0.
    LeadingZero,
}

/// A tax number as typed: a firm's VKN or a person's TCKN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaxNumber {
    Vkn(String),
    Tckn(String),
}

/// Reads a tax number: 10 digits are a VKN, 11 a TCKN (spaces and dots ignored).
pub fn read_tax_number(text: &str) -> Result<TaxNumber, IdProblem> {
    let digits = digits_of(text)?;
    match digits.len() {
        10 => check_vkn(&digits).map(TaxNumber::Vkn),
        11 => check_tckn(&digits).map(TaxNumber::Tckn),
        n if n < 10 => Err(IdProblem::Length { expected: 10 }),
        _ => Err(IdProblem::Length { expected: 11 }),
    }
}

/// A TCKN: 11 digits, the first not 0; the 10th is (7 × the odd-placed of the first nine
/// − the even-placed) mod 10, the 11th the sum of the first ten mod 10.
pub fn check_tckn(text: &str) -> Result<String, IdProblem> {
    let digits = digits_of(text)?;
    let d = numbers(&digits);
    if d.len() != 11 {
        return Err(IdProblem::Length { expected: 11 });
    }
    if d[0] == 0 {
        return Err(IdProblem::LeadingZero);
    }
    let odd: u32 = [0, 2, 4, 6, 8].iter().map(|&i| d[i]).sum();
    let even: u32 = [1, 3, 5, 7].iter().map(|&i| d[i]).sum();
    let tenth = (odd * 7 + 10 * 9 - even) % 10;
    let eleventh = d[..10].iter().sum::<u32>() % 10;
    if d[9] != tenth || d[10] != eleventh {
        return Err(IdProblem::CheckDigits);
    }
    Ok(digits)
}

/// A VKN (the Revenue Administration's tax number): 10 digits, the last a check digit
/// over the first nine.
pub fn check_vkn(text: &str) -> Result<String, IdProblem> {
    let digits = digits_of(text)?;
    let d = numbers(&digits);
    if d.len() != 10 {
        return Err(IdProblem::Length { expected: 10 });
    }
    let mut sum = 0;
    for (i, &digit) in d[..9].iter().enumerate() {
        let shifted = (digit + 9 - i as u32) % 10;
        let mut weighted = (shifted * 2u32.pow(9 - i as u32)) % 9;
        if shifted != 0 && weighted == 0 {
            weighted = 9;
        }
        sum += weighted;
    }
    if d[9] != (10 - sum % 10) % 10 {
        return Err(IdProblem::CheckDigits);
    }
    Ok(digits)
}

/// An IBAN, spaces ignored, letters in any case: its mod-97 check (ISO 13616), and for
/// Turkey its length (26); another country's is checked as far as its own digits go.
/// Returns it grouped by four, as banks print it.
pub fn check_iban(text: &str) -> Result<String, IdProblem> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.len() < 15 || compact.len() > 34 {
        return Err(IdProblem::Length { expected: 26 });
    }
    let bytes = compact.as_bytes();
    let well_formed = bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_alphanumeric);
    if !well_formed {
        return Err(IdProblem::NotDigits);
    }
    let turkish = compact.starts_with("TR");
    if turkish && compact.len() != 26 {
        return Err(IdProblem::Length { expected: 26 });
    }
    // The country and check digits go last; letters count as 10 to 35.
    let rearranged = compact[4..].chars().chain(compact[..4].chars());
    let mut remainder = 0u32;
    for c in rearranged {
        let value = c.to_digit(36).unwrap_or(0);
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    if remainder != 1 {
        return Err(IdProblem::CheckDigits);
    }
    let grouped: Vec<String> = compact
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect();
    Ok(grouped.join(" "))
}

/// The digits of `text`, which may hold spaces, dots and dashes between them.
fn digits_of(text: &str) -> Result<String, IdProblem> {
    let mut digits = String::new();
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '.' | '-' => {}
            _ => return Err(IdProblem::NotDigits),
        }
    }
    Ok(digits)
}

fn numbers(digits: &str) -> Vec<u32> {
    digits.chars().filter_map(|c| c.to_digit(10)).collect()
}

#[cfg(test)]
mod tests;
