import Testing
import VeilCore

@testable import VeilDetection

@Suite("date")
struct DateValidatorTests {
  static let numericValid = [
    "2024-03-05", "2024/03/05", "2024.03.05", "2024-3-5", "2024-02-29", "2000-02-29",
    "1999-12-31", "2400-02-29", "1600-02-29", "05/03/2024", "31/12/2024", "12/31/2024",
    "31.12.2024", "5.3.2024",
    "29.02.2024", "02/29/2024", "31-01-2024", "01/02/03", "29/02/00", "29.02.24", "24-02-29",
    "13/12/99", "12/13/99", "30.02.23",
  ]
  static let numericInvalid = [
    "2024-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2024-13-01", "2024-00-10",
    "2024-01-00", "2024-04-31", "2200-02-29", "1800-02-29", "2024-06-31", "2024-01-32",
    "32/01/2024", "31/13/2024",
    "13/13/2024", "00/00/2024", "31.04.2024", "30/02/2024", "29/02/2023", "31/31/31",
    "0000-01-01", "13/31/99", "99/99/99",
  ]
  static let writtenValid = [
    "March 3, 2024", "3 March 2024", "Mar 3rd", "Mar 3", "3rd of March 2024", "March 3rd, 2024",
    "Mar. 3, 2024", "Sept 30, 2023", "September 30 2023", "29 February 2024", "Feb 29, 2000",
    "Feb 29", "31 December 1999", "Monday, March 4, 2024", "the 1st of May", "3-Mar-2024",
    "03-MAR-24", "march 2024", "Dec 31st", "2024 March 3", "Jul 4th, '76", "21st June 2021",
  ]
  static let writtenInvalid = [
    "March 32, 2024", "April 31, 2024", "Feb 30", "February 29, 2023", "February 29, 1900",
    "June 31st", "Sep 31", "0 March 2024", "Nov 00, 2024", "Feb 29, 2100",
  ]
  static let unknownForms = [
    "2024-03-05T10:00:00", "12:30:45", "1.2.3", "10.0.0.1", "20240305", "2024-03/05",
    "March", "Marchember 3, 2024", "3 Blah 2024", "March 3, 2024 10:30", "March 3 4 2024",
    "March April 3", "2024-003-05", "123/45/6789", "Mar 3xx", "1.2.2024.5", "Mar 123",
  ]

  static let cases =
    VerdictCase.table("date", valid: numericValid, invalid: numericInvalid)
    + VerdictCase.table("date", valid: writtenValid, invalid: writtenInvalid, unknown: unknownForms)

  @Test(arguments: cases)
  func verdict(_ testCase: VerdictCase) { expectVerdict(testCase) }

  @Test func leapYearRules() {
    #expect(ValidatorCalendar.isLeap(2024))
    #expect(ValidatorCalendar.isLeap(2000))
    #expect(!ValidatorCalendar.isLeap(1900))
    #expect(!ValidatorCalendar.isLeap(2200))
    #expect(ValidatorCalendar.isLeap(2400))
    #expect(!ValidatorCalendar.isLeap(2023))
    #expect(ValidatorCalendar.daysIn(month: 2, leap: true) == 29)
    #expect(ValidatorCalendar.daysIn(month: 13, leap: false) == 0)
  }
}
