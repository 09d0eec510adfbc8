use super::*;

#[test]
fn a_published_tckn_passes_and_a_digit_off_fails() {
    // The example the Population Directorate's test services use.
    assert_eq!(check_tckn("10000000146").as_deref(), Ok("10000000146"));
    assert_eq!(check_tckn("100 000 001 46").as_deref(), Ok("10000000146"));
    assert_eq!(
        check_tckn("10000000147"),
        Err(IdProblem::CheckDigits),
        "11th digit"
    );
    assert_eq!(
        check_tckn("10000000156"),
        Err(IdProblem::CheckDigits),
        "10th digit"
    );
    assert_eq!(check_tckn("01000000146"), Err(IdProblem::LeadingZero));
    assert_eq!(
        check_tckn("1000000014"),
        Err(IdProblem::Length { expected: 11 })
    );
    assert_eq!(check_tckn("1000000014a"), Err(IdProblem::NotDigits));
}

#[test]
fn a_tckn_worked_by_hand() {
    // 1 2 3 4 5 6 7 8 9: odd places 1+3+5+7+9 = 25, even 2+4+6+8 = 20;
    // 10th = (25 × 7 − 20) mod 10 = 155 mod 10 = 5; 11th = (45 + 5) mod 10 = 0.
    assert!(check_tckn("12345678950").is_ok());
    assert_eq!(check_tckn("12345678951"), Err(IdProblem::CheckDigits));
}

#[test]
fn a_vkn_passes_its_check_digit() {
    // 1..9: every (digit + 9 − place) is 10, so each term is 0 and the check digit 0.
    assert_eq!(check_vkn("1234567890").as_deref(), Ok("1234567890"));
    // 0…0: the terms are 9, 5, 5, 6, 7, 1, 6, 8, 2 (a term of 0 from a non-zero digit
    // counts 9): 49, so the check digit is (10 − 9) mod 10 = 1.
    assert!(check_vkn("0000000001").is_ok());
    assert_eq!(check_vkn("0000000002"), Err(IdProblem::CheckDigits));
    assert_eq!(check_vkn("1234567891"), Err(IdProblem::CheckDigits));
    assert_eq!(
        check_vkn("123456789"),
        Err(IdProblem::Length { expected: 10 })
    );
}

#[test]
fn a_tax_number_is_a_vkn_or_a_tckn_by_its_length() {
    assert_eq!(
        read_tax_number("123 456 7890"),
        Ok(TaxNumber::Vkn("1234567890".into()))
    );
    assert_eq!(
        read_tax_number("10000000146"),
        Ok(TaxNumber::Tckn("10000000146".into()))
    );
    assert_eq!(
        read_tax_number("12345"),
        Err(IdProblem::Length { expected: 10 })
    );
    assert_eq!(
        read_tax_number("123456789012"),
        Err(IdProblem::Length { expected: 11 })
    );
    assert_eq!(read_tax_number("VKN 1234567890"), Err(IdProblem::NotDigits));
}

#[test]
fn published_ibans_pass_and_a_changed_digit_fails() {
    // The IBAN registry's example for Turkey, and the classic British one.
    assert_eq!(
        check_iban("TR33 0006 1005 1978 6457 8413 26").as_deref(),
        Ok("TR33 0006 1005 1978 6457 8413 26")
    );
    assert_eq!(
        check_iban("tr330006100519786457841326").as_deref(),
        Ok("TR33 0006 1005 1978 6457 8413 26")
    );
    assert_eq!(
        check_iban("GB82WEST12345698765432").as_deref(),
        Ok("GB82 WEST 1234 5698 7654 32")
    );
    assert_eq!(
        check_iban("TR33 0006 1005 1978 6457 8413 27"),
        Err(IdProblem::CheckDigits)
    );
    assert_eq!(
        check_iban("TR33 0006 1005 1978 6457 8431 26"),
        Err(IdProblem::CheckDigits),
        "two digits swapped"
    );
    assert_eq!(
        check_iban("TR33 0006 1005 1978 6457 8413"),
        Err(IdProblem::Length { expected: 26 })
    );
    assert_eq!(
        check_iban("TR33-0006"),
        Err(IdProblem::Length { expected: 26 })
    );
    assert_eq!(
        check_iban("TR33 0006 1005 1978 6457 8413 2!"),
        Err(IdProblem::NotDigits)
    );
}
