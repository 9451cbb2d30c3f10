/// Words of a command line written for a POSIX shell (sh, bash, zsh, dash): each
/// word that is not plainly safe is put in single quotes, so that the shell reads it
/// as one word, literally — a file named `x.csv; touch PWNED #.csv` stays a file
/// name, and `$(…)`, backticks, globs, `~`, `#`, line breaks and quotes do nothing.
///
/// Inside single quotes a shell interprets nothing, and the only character that
/// cannot appear is the quote itself, which is written `'\''` (close the quotes, a
/// quoted quote, open them again) — POSIX.1-2017, Shell Command Language §2.2.2.
public enum ShellText {
    /// `word` as the shell should read it: as it is when it is plainly safe (ASCII
    /// letters, digits and `_ - . / : = , + @ %`, not empty), otherwise in single quotes.
    ///
    /// - Complexity: O(n) in the length of `word`.
    public static func quoted(_ word: String) -> String {
        guard word.isEmpty || !word.utf8.allSatisfy(isPlain) else { return word }
        return "'" + word.replacing("'", with: "'\\''") + "'"
    }

    /// A command line: the words quoted, separated by spaces.
    public static func command(_ words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }

    /// Whether a byte never means anything to a shell inside a word.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "="),
            UInt8(ascii: ","), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }
}
