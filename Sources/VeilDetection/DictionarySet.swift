import VeilCore

/// Several dictionary recognizers run as one: a shared index of the entries' first words,
/// and of the first two words of longer entries, is probed once per token, and each
/// dictionary then looks only at the tokens where one of its entries may start.
///
/// Six dictionaries over chat would otherwise each walk every token and probe their own
/// table: six probes for a token that, nearly always, starts no entry at all. And a
/// frequent word that only opens longer entries ("the" of "The Hague", "new" of "New
/// York") would send each of them looking for the next word, where the shared index of
/// word pairs answers for all of them at once. The findings are those of the members run
/// one after another, in member order.
public struct DictionarySet: TokenRecognizer {
  /// The dictionaries, in the order their findings are appended (at most 64).
  public let members: [DictionaryRecognizer]
  /// For each first-word key, which members may report it alone and which have longer entries starting with it.
  private let starts: TokenTable<Start>
  /// For the key of the first two words of each longer entry, a bit per member that has such an entry.
  private let pairs: TokenTable<UInt64>
  /// The bits of the members whose entries must start with a capital.
  private let capitalizedOnly: UInt64

  /// The largest number of members (one bit each).
  public static let capacity = 64

  /// What a word starts, a bit per member.
  private struct Start: Sendable {
    /// Members with a one-word entry they may report (not "i" or "my" as towns of a lower-case dictionary).
    var alone: UInt64 = 0
    /// Members with a longer entry starting with the word.
    var longer: UInt64 = 0
  }

  /// Groups `members` (at most `capacity`).
  public init(_ members: [DictionaryRecognizer]) {
    precondition(members.count <= Self.capacity, "a dictionary set holds at most \(Self.capacity) dictionaries")
    self.members = members
    var starts = TokenTable<Start>(capacity: members.reduce(0) { $0 + $1.gazetteer.count })
    var pairs = TokenTable<UInt64>(capacity: members.reduce(0) { $0 + $1.gazetteer.leadingPairs.count })
    for (bit, member) in members.enumerated() {
      let mask: UInt64 = 1 << UInt64(bit)
      for key in member.gazetteer.firstKeys {
        let alone = member.mayReportAlone(key)
        let longer = member.gazetteer.continues(after: key)
        // Words that start no entry this dictionary could report stay out: they are among the most frequent words of chat.
        guard alone || longer else { continue }
        starts.update(key) { start in
          var value = start ?? Start()
          if alone { value.alone |= mask }
          if longer { value.longer |= mask }
          start = value
        }
      }
      for pair in member.gazetteer.leadingPairs {
        pairs.update(pair) { $0 = ($0 ?? 0) | mask }
      }
      // A hashtag that runs an entry's words together ("#NewYork") is one token: it starts that entry alone.
      if member.mayReportHashtags {
        for key in member.gazetteer.hashtagKeys {
          starts.update(key) { start in
            var value = start ?? Start()
            value.alone |= mask
            start = value
          }
        }
      }
    }
    self.starts = starts
    self.pairs = pairs
    capitalizedOnly = members.indices.reduce(0) { bits, bit in
      members[bit].caseRule == .capitalized ? bits | 1 << UInt64(bit) : bits
    }
  }

  /// The identifier of the first member.
  public var id: RecognizerID { members.first?.id ?? "dictionaries" }

  /// Every member's entity types.
  public var entities: Set<EntityType> { Set(members.map(\.entity)) }

  /// Appends each member's findings, member by member.
  public func recognize(_ text: TokenizedText, into findings: inout [Finding]) {
    // The candidates live on the stack (a message has tens of tokens): no allocation per text.
    withUnsafeTemporaryAllocation(of: Candidate.self, capacity: text.tokens.count) { buffer in
      // One probe per word or number token; punctuation never starts an entry.
      var count = 0
      var present: UInt64 = 0
      let tokens = text.tokens
      for (index, token) in tokens.enumerated() where token.kind != .punctuation {
        var bits: UInt64
        if let start = starts[token.key] {
          // A dictionary of proper nouns never starts at a lower-case word.
          let allowed = DictionaryRecognizer.mayStartProperNoun(text, index) ? ~0 : ~capitalizedOnly
          bits = start.alone & allowed
          // A longer entry needs its second word next, on the same line (as `Gazetteer.longestMatch` reads it), which
          // may carry a possessive ("New York's").
          let longer = start.longer & allowed
          if longer != 0, index + 1 < tokens.count, !tokens[index + 1].lineBreakBefore,
            let pair = pairs[token.key.followed(by: tokens[index + 1].key)]
              ?? text.possessiveStemKey(index + 1).flatMap({ pairs[token.key.followed(by: $0)] })
          {
            bits |= longer & pair
          }
        } else if token.possessiveLength != 0, let stem = text.possessiveStemKey(index), let alone = starts[stem]?.alone {
          // A one-word entry may carry a possessive ("Houston's"); a word with one opens no longer entry.
          bits = alone & (DictionaryRecognizer.mayStartProperNoun(text, index) ? ~0 : ~capitalizedOnly)
        } else {
          continue
        }
        guard bits != 0 else { continue }
        buffer.initializeElement(at: count, to: Candidate(token: index, members: bits))
        count += 1
        present |= bits
      }
      let candidates = UnsafeBufferPointer(rebasing: buffer[..<count])
      // Only the members an entry of which may start somewhere in the text.
      for bit in members.indices where present & 1 << UInt64(bit) != 0 {
        let mask: UInt64 = 1 << UInt64(bit)
        members[bit].recognize(text, from: candidates.lazy.filter { $0.members & mask != 0 }.map(\.token), into: &findings)
      }
      // Candidates are plain values: nothing to deinitialize.
    }
  }

  /// A token where an entry of some members may start.
  private struct Candidate {
    var token: Int
    var members: UInt64
  }

  /// A set whose members skip findings below `floor(entity)`.
  public func skippingFindings(below floor: (EntityType) -> Double) -> any Recognizer {
    // A new index: a member whose threshold changed may report words it could not before.
    DictionarySet(members.map { $0.skippingFindings(below: floor) as? DictionaryRecognizer ?? $0 })
  }
}
